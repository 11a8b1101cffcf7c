// Every role assignment in one place, each at the narrowest scope that works.
//
//                      host account        data account                       Key Vault        other
// function identity    Blob Data Owner     Table Data Contributor (account)   Secrets User     alert topic: Data Sender
//                      (host + package)    Blob Data Contributor (seals)                       App Insights: Metrics Publisher
//                                          Blob Data Reader (dead letters)                     Log Analytics: Reader (workspace)
// system topic         -                   Blob Data Contributor (dead letters)
// operator (optional)  -                   Table Data Contributor (account)   Secrets User     alert topic: Data Sender
//                                          Blob Data Reader (dead letters)                     function app: Website Contributor
//                                          Blob Data Contributor (seals)                       (operatorapp.bicep)
// deployer (azd)       -                   -                                  Secrets Officer  (seeds the key once)
param hostStorageAccountName string
param dataStorageAccountName string
param deadLetterContainerName string
param sealContainerName string
param keyVaultName string
param alertTopicName string
param applicationInsightsName string
param logAnalyticsName string
@description('Principal id of the function app user-assigned identity.')
param functionPrincipalId string
@description('Principal id of the ACS system topic system-assigned identity (dead-lettering).')
param systemTopicPrincipalId string
@description('Optional user or group object id for operators: replay dead letters, seal, verify, retention.')
param operatorPrincipalId string
@allowed([
  'User'
  'Group'
  'ServicePrincipal'
])
param operatorPrincipalType string
@description('Principal running azd (AZURE_PRINCIPAL_ID): seeds the pseudonym key in the postprovision hook.')
param deployerPrincipalId string
@allowed([
  'User'
  'Group'
  'ServicePrincipal'
])
param deployerPrincipalType string

// Built-in role definition ids (same in every tenant).
var roles = {
  storageBlobDataOwner: 'b7e6dc6d-f1e8-4753-8033-0f276bb0955b'
  storageBlobDataContributor: 'ba92f5b4-2d11-453d-a403-e96b0029c9fe'
  storageBlobDataReader: '2a2b9908-6ea1-4ae2-8e65-a410df84e7d1'
  storageTableDataContributor: '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3'
  keyVaultSecretsUser: '4633458b-17de-408a-b874-0445c86b69e6'
  keyVaultSecretsOfficer: 'b86a8fe4-44ce-4948-aee5-eccb2c155cd7'
  eventGridDataSender: 'd5a91429-5739-47e2-a06b-3470a27159e7'
  monitoringMetricsPublisher: '3913510d-42f4-4e42-8a64-420c390055eb'
  logAnalyticsReader: '73c42c96-874c-492b-b04d-ab87d138a893'
}

resource hostStorage 'Microsoft.Storage/storageAccounts@2023-05-01' existing = {
  name: hostStorageAccountName
}

resource dataStorage 'Microsoft.Storage/storageAccounts@2023-05-01' existing = {
  name: dataStorageAccountName
}

resource dataBlobService 'Microsoft.Storage/storageAccounts/blobServices@2023-05-01' existing = {
  parent: dataStorage
  name: 'default'
}

resource deadLetterContainer 'Microsoft.Storage/storageAccounts/blobServices/containers@2023-05-01' existing = {
  parent: dataBlobService
  name: deadLetterContainerName
}

resource sealContainer 'Microsoft.Storage/storageAccounts/blobServices/containers@2023-05-01' existing = {
  parent: dataBlobService
  name: sealContainerName
}

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' existing = {
  name: keyVaultName
}

resource alertTopic 'Microsoft.EventGrid/topics@2025-02-15' existing = {
  name: alertTopicName
}

resource applicationInsights 'Microsoft.Insights/components@2020-02-02' existing = {
  name: applicationInsightsName
}

resource logAnalytics 'Microsoft.OperationalInsights/workspaces@2023-09-01' existing = {
  name: logAnalyticsName
}

// Function identity -> host account. Blob Data Owner is what the Functions host needs for
// AzureWebJobsStorage (it creates its own containers) and Flex needs for the deployment package.
resource functionHostBlobOwner 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(hostStorage.id, functionPrincipalId, roles.storageBlobDataOwner)
  scope: hostStorage
  properties: {
    principalId: functionPrincipalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roles.storageBlobDataOwner)
  }
}

// Function identity -> data account: the ledger tables (account scope: the app creates its tables on first use).
resource functionTableContributor 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(dataStorage.id, functionPrincipalId, roles.storageTableDataContributor)
  scope: dataStorage
  properties: {
    principalId: functionPrincipalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roles.storageTableDataContributor)
  }
}

// Function identity -> seals container only: the seal timer writes one blob per day (the container's
// immutability policy forbids changing or deleting it).
resource functionSealWriter 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(sealContainer.id, functionPrincipalId, roles.storageBlobDataContributor)
  scope: sealContainer
  properties: {
    principalId: functionPrincipalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roles.storageBlobDataContributor)
  }
}

// Function identity -> dead letters: read only (the completeness panel counts them; no built-in role
// lists without reading). Writing is Event Grid's, deleting the lifecycle rule's.
resource functionDeadLetterReader 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(deadLetterContainer.id, functionPrincipalId, roles.storageBlobDataReader)
  scope: deadLetterContainer
  properties: {
    principalId: functionPrincipalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roles.storageBlobDataReader)
  }
}

// Function identity -> Key Vault: read secret values (the Key Vault reference), nothing else.
resource functionSecretsUser 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(vault.id, functionPrincipalId, roles.keyVaultSecretsUser)
  scope: vault
  properties: {
    principalId: functionPrincipalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roles.keyVaultSecretsUser)
  }
}

// Function identity -> alert topic: publish only.
resource functionAlertSender 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(alertTopic.id, functionPrincipalId, roles.eventGridDataSender)
  scope: alertTopic
  properties: {
    principalId: functionPrincipalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roles.eventGridDataSender)
  }
}

// Function identity -> Application Insights: send telemetry with Entra ID auth.
resource functionTelemetryPublisher 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(applicationInsights.id, functionPrincipalId, roles.monitoringMetricsPublisher)
  scope: applicationInsights
  properties: {
    principalId: functionPrincipalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roles.monitoringMetricsPublisher)
  }
}

// Function identity -> Log Analytics workspace: the reconciliation timer queries
// ACSAdvancedMessagingOperations (the ACS diagnostic setting sends it here, acsdiagnostics.bicep).
resource functionLogReader 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(logAnalytics.id, functionPrincipalId, roles.logAnalyticsReader)
  scope: logAnalytics
  properties: {
    principalId: functionPrincipalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roles.logAnalyticsReader)
  }
}

// System topic identity -> dead-letter container only.
resource systemTopicDeadLetterWriter 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(deadLetterContainer.id, systemTopicPrincipalId, roles.storageBlobDataContributor)
  scope: deadLetterContainer
  properties: {
    principalId: systemTopicPrincipalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roles.storageBlobDataContributor)
  }
}

// Deployer -> Key Vault: create the pseudonym key once (postprovision hook), never overwrite it.
resource deployerSecretsOfficer 'Microsoft.Authorization/roleAssignments@2022-04-01' = if (!empty(deployerPrincipalId)) {
  name: guid(vault.id, deployerPrincipalId, roles.keyVaultSecretsOfficer)
  scope: vault
  properties: {
    principalId: deployerPrincipalId
    principalType: deployerPrincipalType
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roles.keyVaultSecretsOfficer)
  }
}

// Optional operator (python -m handoff replay | seal | verify | retention | pseudonym; docs/deploy.md).
resource operatorDeadLetterReader 'Microsoft.Authorization/roleAssignments@2022-04-01' = if (!empty(operatorPrincipalId)) {
  name: guid(deadLetterContainer.id, operatorPrincipalId, roles.storageBlobDataReader)
  scope: deadLetterContainer
  properties: {
    principalId: operatorPrincipalId
    principalType: operatorPrincipalType
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roles.storageBlobDataReader)
  }
}

resource operatorSealWriter 'Microsoft.Authorization/roleAssignments@2022-04-01' = if (!empty(operatorPrincipalId)) {
  name: guid(sealContainer.id, operatorPrincipalId, roles.storageBlobDataContributor)
  scope: sealContainer
  properties: {
    principalId: operatorPrincipalId
    principalType: operatorPrincipalType
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roles.storageBlobDataContributor)
  }
}

resource operatorTableContributor 'Microsoft.Authorization/roleAssignments@2022-04-01' = if (!empty(operatorPrincipalId)) {
  name: guid(dataStorage.id, operatorPrincipalId, roles.storageTableDataContributor)
  scope: dataStorage
  properties: {
    principalId: operatorPrincipalId
    principalType: operatorPrincipalType
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roles.storageTableDataContributor)
  }
}

// Operator -> Key Vault: read the pseudonym key (and its older versions after a rotation) for replay
// and `pseudonym which`; never write it.
resource operatorSecretsUser 'Microsoft.Authorization/roleAssignments@2022-04-01' = if (!empty(operatorPrincipalId)) {
  name: guid(vault.id, operatorPrincipalId, roles.keyVaultSecretsUser)
  scope: vault
  properties: {
    principalId: operatorPrincipalId
    principalType: operatorPrincipalType
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roles.keyVaultSecretsUser)
  }
}

resource operatorAlertSender 'Microsoft.Authorization/roleAssignments@2022-04-01' = if (!empty(operatorPrincipalId)) {
  name: guid(alertTopic.id, operatorPrincipalId, roles.eventGridDataSender)
  scope: alertTopic
  properties: {
    principalId: operatorPrincipalId
    principalType: operatorPrincipalType
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roles.eventGridDataSender)
  }
}
