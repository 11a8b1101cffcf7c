// The host storage account: the Flex Consumption deployment package and the Functions host's own
// blobs (AzureWebJobsStorage). The host needs Blob Data Owner on it, so nothing else lives here: the
// ledger, the dead letters and the seals are in the data account (datastorage.bicep), where the app
// identity gets only what it needs. Identity only: shared keys are disabled, no connection string exists.
param location string
param tags object
param storageAccountName string
param deploymentContainerName string
@description('Days a deleted blob or container can be restored (soft delete).')
@minValue(1)
@maxValue(365)
param blobSoftDeleteDays int
@description('Replication. Standard_LRS works in every Flex Consumption region; ZRS survives a zone outage where offered.')
@allowed([
  'Standard_LRS'
  'Standard_ZRS'
  'Standard_GRS'
  'Standard_GZRS'
])
param skuName string
param logAnalyticsId string

resource storage 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  name: storageAccountName
  location: location
  tags: tags
  kind: 'StorageV2'
  sku: {
    name: skuName
  }
  properties: {
    // checkov:skip=CKV_AZURE_35: The Flex Consumption app is not VNet-integrated (no VNet in this template), so a default-deny firewall would lock the app out of its own deployment package and host storage. Exposure is limited by identity instead: shared keys are disabled, every request needs an Entra ID token and a data-plane role.
    // checkov:skip=CKV_AZURE_59: Same reason as CKV_AZURE_35: the function app reaches storage over the public endpoint. Anonymous blob access is off (allowBlobPublicAccess false) and shared keys are disabled.
    // checkov:skip=CKV_AZURE_206: Replication is a parameter (storageSkuName). The default Standard_LRS is the one SKU every Flex Consumption region offers; it keeps the data in the deployment region (data residency). Choose Standard_ZRS (zone loss) or Standard_GZRS (region loss) where the region offers them.
    // checkov:skip=CKV_AZURE_43: False positive: the name is a module parameter checkov cannot resolve; main.bicep builds it as 'st' + uniqueString(...) (15 lowercase letters and digits), which meets the naming rules.
    accessTier: 'Hot'
    allowBlobPublicAccess: false
    allowSharedKeyAccess: false
    allowCrossTenantReplication: false
    defaultToOAuthAuthentication: true
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
    dnsEndpointType: 'Standard'
    publicNetworkAccess: 'Enabled'
    networkAcls: {
      bypass: 'AzureServices'
      defaultAction: 'Allow'
    }
    encryption: {
      keySource: 'Microsoft.Storage'
      requireInfrastructureEncryption: true
      services: {
        blob: {
          enabled: true
          keyType: 'Account'
        }
        table: {
          enabled: true
          keyType: 'Account'
        }
        queue: {
          enabled: true
          keyType: 'Account'
        }
        file: {
          enabled: true
          keyType: 'Account'
        }
      }
    }
  }
}

resource blobService 'Microsoft.Storage/storageAccounts/blobServices@2023-05-01' = {
  parent: storage
  name: 'default'
  properties: {
    deleteRetentionPolicy: {
      enabled: true
      days: blobSoftDeleteDays
    }
    containerDeleteRetentionPolicy: {
      enabled: true
      days: blobSoftDeleteDays
    }
  }
}

resource deploymentContainer 'Microsoft.Storage/storageAccounts/blobServices/containers@2023-05-01' = {
  parent: blobService
  name: deploymentContainerName
  properties: {
    publicAccess: 'None'
  }
}

resource blobDiagnostics 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  name: 'to-log-analytics'
  scope: blobService
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
        category: 'Transaction'
        enabled: true
      }
    ]
  }
}

output name string = storage.name
output id string = storage.id
output blobEndpoint string = 'https://${storage.name}.blob.${environment().suffixes.storage}'
