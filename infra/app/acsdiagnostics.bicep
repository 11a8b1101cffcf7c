// The existing ACS resource's diagnostic setting: Advanced Messaging operations (table
// ACSAdvancedMessagingOperations, category AdvancedMessagingOperational) into this deployment's Log
// Analytics workspace. Deployed into the ACS resource's own resource group (main.bicep sets the scope).
// It records Microsoft-side failures (accepted, then preprocessingfailed) that raise no Event Grid event;
// the reconciliation timer reads them with the function identity's Log Analytics Reader role.
param acsName string
param logAnalyticsId string
param settingName string

resource acs 'Microsoft.Communication/communicationServices@2023-04-01' existing = {
  name: acsName
}

resource advancedMessagingLogs 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  name: settingName
  scope: acs
  properties: {
    workspaceId: logAnalyticsId
    logs: [
      {
        category: 'AdvancedMessagingOperational'
        enabled: true
      }
    ]
  }
}
