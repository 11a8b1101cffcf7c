// The subscription from the ACS system topic to the function ingest_event_grid. Deployed only when
// deployEventSubscription is true (the second pass, after the code exists; see infra/hooks).
param systemTopicName string
param subscriptionName string
param functionAppId string
@description('Name of the Event Grid-triggered function in the app.')
param functionName string
param storageAccountId string
param deadLetterContainerName string
@allowed([
  'EventGridSchema'
  'CloudEventSchemaV1_0'
])
param eventDeliverySchema string

resource acsSystemTopic 'Microsoft.EventGrid/systemTopics@2025-02-15' existing = {
  name: systemTopicName
}

resource ingestSubscription 'Microsoft.EventGrid/systemTopics/eventSubscriptions@2025-02-15' = {
  parent: acsSystemTopic
  name: subscriptionName
  properties: {
    destination: {
      endpointType: 'AzureFunction'
      properties: {
        resourceId: '${functionAppId}/functions/${functionName}'
        // One event per delivery: the Python trigger handles one event per call and a failure
        // redelivers the whole batch, so batching buys nothing but duplicate work.
        maxEventsPerBatch: 1
        preferredBatchSizeInKilobytes: 64
      }
    }
    filter: {
      includedEventTypes: [
        'Microsoft.Communication.AdvancedMessageReceived'
        'Microsoft.Communication.AdvancedMessageDeliveryStatusUpdated'
        'Microsoft.Communication.AdvancedMessageAnalysisCompleted'
      ]
    }
    eventDeliverySchema: eventDeliverySchema
    retryPolicy: {
      maxDeliveryAttempts: 30
      eventTimeToLiveInMinutes: 1440
    }
    // After 30 attempts or 24 h the event goes to blob storage instead of being dropped, written
    // with the system topic's own identity (no storage key exists).
    deadLetterWithResourceIdentity: {
      identity: {
        type: 'SystemAssigned'
      }
      deadLetterDestination: {
        endpointType: 'StorageBlob'
        properties: {
          resourceId: storageAccountId
          blobContainerName: deadLetterContainerName
        }
      }
    }
  }
}

output name string = ingestSubscription.name
