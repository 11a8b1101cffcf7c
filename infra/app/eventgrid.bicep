// Event Grid: the system topic on the existing ACS resource (events in) and the custom topic for
// health-data alerts (events out). The subscription from the system topic to the function lives in
// eventsubscription.bicep, because it can only be created once the code is deployed.
param tags object
param location string
param systemTopicName string
param alertTopicName string
@description('Resource id of the existing Azure Communication Services resource.')
param acsResourceId string
param logAnalyticsId string

// ACS is a global resource, so its system topic is global too. Its system-assigned identity writes
// dead letters to blob storage (rbac.bicep gives it Storage Blob Data Contributor on that container).
resource acsSystemTopic 'Microsoft.EventGrid/systemTopics@2025-02-15' = {
  name: systemTopicName
  location: 'global'
  tags: tags
  identity: {
    type: 'SystemAssigned'
  }
  properties: {
    source: acsResourceId
    topicType: 'Microsoft.Communication.CommunicationServices'
  }
}

// Alerts are published by the function identity with Entra ID (EventGrid Data Sender); access keys
// are disabled. CloudEvents 1.0 in, so subscribers get a standard envelope.
resource alertTopic 'Microsoft.EventGrid/topics@2025-02-15' = {
  name: alertTopicName
  location: location
  tags: tags
  identity: {
    type: 'SystemAssigned'
  }
  properties: {
    // checkov:skip=CKV_AZURE_193: The publisher (the function app) is not VNet-integrated, so it reaches the topic over the public endpoint. Publishing needs an Entra ID token with EventGrid Data Sender (local auth / access keys are disabled).
    inputSchema: 'CloudEventSchemaV1_0'
    disableLocalAuth: true
    minimumTlsVersionAllowed: '1.2'
    publicNetworkAccess: 'Enabled'
    dataResidencyBoundary: 'WithinRegion'
  }
}

resource systemTopicDiagnostics 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  name: 'to-log-analytics'
  scope: acsSystemTopic
  properties: {
    workspaceId: logAnalyticsId
    logs: [
      {
        categoryGroup: 'allLogs'
        enabled: true
      }
    ]
    metrics: [
      {
        category: 'AllMetrics'
        enabled: true
      }
    ]
  }
}

resource alertTopicDiagnostics 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  name: 'to-log-analytics'
  scope: alertTopic
  properties: {
    workspaceId: logAnalyticsId
    logs: [
      {
        categoryGroup: 'allLogs'
        enabled: true
      }
    ]
    metrics: [
      {
        category: 'AllMetrics'
        enabled: true
      }
    ]
  }
}

output systemTopicName string = acsSystemTopic.name
output systemTopicPrincipalId string = acsSystemTopic.identity.principalId
output alertTopicName string = alertTopic.name
output alertTopicId string = alertTopic.id
output alertTopicEndpoint string = alertTopic.properties.endpoint
