// Log Analytics workspace + workspace-based Application Insights (local auth off: the function
// identity publishes telemetry with Entra ID, see rbac.bicep "Monitoring Metrics Publisher").
param location string
param tags object
param logAnalyticsName string
param applicationInsightsName string
@minValue(30)
@maxValue(730)
param logRetentionDays int

resource logAnalytics 'Microsoft.OperationalInsights/workspaces@2023-09-01' = {
  name: logAnalyticsName
  location: location
  tags: tags
  properties: {
    sku: {
      name: 'PerGB2018'
    }
    retentionInDays: logRetentionDays
    features: {
      enableLogAccessUsingOnlyResourcePermissions: true
    }
  }
}

resource applicationInsights 'Microsoft.Insights/components@2020-02-02' = {
  name: applicationInsightsName
  location: location
  tags: tags
  kind: 'web'
  properties: {
    Application_Type: 'web'
    WorkspaceResourceId: logAnalytics.id
    DisableLocalAuth: true
    IngestionMode: 'LogAnalytics'
  }
}

output logAnalyticsId string = logAnalytics.id
output logAnalyticsName string = logAnalytics.name
// The workspace id (a GUID) the Logs query API takes: HANDOFF_LOG_WORKSPACE_ID.
output logAnalyticsWorkspaceId string = logAnalytics.properties.customerId
output applicationInsightsId string = applicationInsights.id
output applicationInsightsName string = applicationInsights.name
output applicationInsightsConnectionString string = applicationInsights.properties.ConnectionString
