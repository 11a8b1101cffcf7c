// The data storage account: the ledger tables, Event Grid dead letters and the daily seals (WORM).
// Separate from the host account so that the app identity's roles here stay narrow (rbac.bicep):
// tables, and writing seal blobs; the dead letters belong to Event Grid and the operator.
// Identity only: shared keys are disabled, so no connection string exists anywhere.
param location string
param tags object
param storageAccountName string
param deadLetterContainerName string
param sealContainerName string
@description('Days a seal blob stays immutable (time-based retention on the seals container).')
@minValue(1)
param sealImmutabilityDays int
@description('Days a deleted blob or container can be restored (soft delete).')
@minValue(1)
@maxValue(365)
param blobSoftDeleteDays int
@description('Tables to create up front. The application also creates its tables on first use.')
param ledgerTableNames array
@description('Days a dead-lettered event is kept. It is the raw event (message text, phone numbers), so it must not linger.')
@minValue(1)
param deadLetterRetentionDays int
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
    // checkov:skip=CKV_AZURE_35: The Flex Consumption app is not VNet-integrated (no VNet in this template), so a default-deny firewall would lock the app out of its ledger, and Event Grid out of the dead-letter container. Exposure is limited by identity instead: shared keys are disabled, every request needs an Entra ID token and a data-plane role.
    // checkov:skip=CKV_AZURE_59: Same reason as CKV_AZURE_35: the function app reaches storage over the public endpoint. Anonymous blob access is off (allowBlobPublicAccess false) and shared keys are disabled.
    // checkov:skip=CKV_AZURE_206: Replication is a parameter (storageSkuName). The default Standard_LRS is the one SKU every Flex Consumption region offers; it keeps the ledger in the deployment region (data residency). Choose Standard_ZRS (zone loss) or Standard_GZRS (region loss) where the region offers them.
    // checkov:skip=CKV_AZURE_43: False positive: the name is a module parameter checkov cannot resolve; main.bicep builds it as 'stdata' + uniqueString(...) (19 lowercase letters and digits), which meets the naming rules.
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

resource deadLetterContainer 'Microsoft.Storage/storageAccounts/blobServices/containers@2023-05-01' = {
  parent: blobService
  name: deadLetterContainerName
  properties: {
    publicAccess: 'None'
  }
}

resource sealContainer 'Microsoft.Storage/storageAccounts/blobServices/containers@2023-05-01' = {
  parent: blobService
  name: sealContainerName
  properties: {
    publicAccess: 'None'
  }
}

// Time-based retention: a seal blob can be read but neither changed nor deleted for
// sealImmutabilityDays after it is written. The policy is left unlocked so that a mistake in the
// period can still be corrected; lock it by hand once settled (docs/deploy.md).
resource sealImmutability 'Microsoft.Storage/storageAccounts/blobServices/containers/immutabilityPolicies@2023-05-01' = {
  parent: sealContainer
  name: 'default'
  properties: {
    immutabilityPeriodSinceCreationInDays: sealImmutabilityDays
    allowProtectedAppendWrites: false
  }
}

// Dead letters are raw ACS events, the one place where message content and phone numbers are stored
// (by Event Grid, not by us). They are kept for the retention period (deadLetterRetentionDays defaults
// to retentionDays in main.bicep), so that a replay can still reach them, then deleted automatically.
resource lifecycle 'Microsoft.Storage/storageAccounts/managementPolicies@2023-05-01' = {
  parent: storage
  name: 'default'
  properties: {
    policy: {
      rules: [
        {
          name: 'expire-dead-letters'
          enabled: true
          type: 'Lifecycle'
          definition: {
            filters: {
              blobTypes: [
                'blockBlob'
              ]
              prefixMatch: [
                '${deadLetterContainerName}/'
              ]
            }
            actions: {
              baseBlob: {
                delete: {
                  daysAfterModificationGreaterThan: deadLetterRetentionDays
                }
              }
            }
          }
        }
      ]
    }
  }
}

resource tableService 'Microsoft.Storage/storageAccounts/tableServices@2023-05-01' = {
  parent: storage
  name: 'default'
  properties: {}
}

resource ledgerTables 'Microsoft.Storage/storageAccounts/tableServices/tables@2023-05-01' = [for tableName in ledgerTableNames: {
  parent: tableService
  name: tableName
}]

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

resource tableDiagnostics 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  name: 'to-log-analytics'
  scope: tableService
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
output tableEndpoint string = 'https://${storage.name}.table.${environment().suffixes.storage}'
