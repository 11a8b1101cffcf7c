// Handoff Ledger: infrastructure for `azd up` (docs/deploy.md). Subscription scope: creates the
// resource group, then everything else in it through the modules under app/.
targetScope = 'subscription'

// ---------------------------------------------------------------- azd environment
@minLength(1)
@maxLength(64)
@description('Name of the azd environment; seeds the unique suffix of every resource name.')
param environmentName string

@minLength(1)
@description('Region for all regional resources. Must offer Flex Consumption (az functionapp list-flexconsumption-locations).')
@metadata({
  azd: {
    type: 'location'
  }
})
param location string

@description('Resource group name; empty means rg-<environmentName>.')
param resourceGroupName string = ''

// ---------------------------------------------------------------- Azure Communication Services
@minLength(1)
@description('Resource id of the EXISTING Azure Communication Services resource whose Advanced Messaging events are recorded.')
param acsResourceId string

@minLength(1)
@description('Data location of that ACS resource as shown on its Overview page, e.g. Europe or United States. No event carries it.')
param acsDataLocation string

@description('Create the Event Grid subscription to the function. False on the first provision (the function does not exist yet); the postdeploy hook sets it.')
param deployEventSubscription bool = false

@description('Schema Event Grid delivers to the function.')
@allowed([
  'EventGridSchema'
  'CloudEventSchemaV1_0'
])
param eventDeliverySchema string = 'EventGridSchema'

@description('Name of the Event Grid-triggered function in the application.')
param eventFunctionName string = 'ingest_event_grid'

// ---------------------------------------------------------------- sign-in (App Service Authentication)
@minLength(1)
@description('Application (client) id of the Entra ID app registration users sign in to (app roles Handoff.Reader and Handoff.Officer).')
param authClientId string

@description('Tenant of that app registration; defaults to the deployment tenant.')
param authTenantId string = tenant().tenantId

@description('OpenID issuer; empty means https://login.microsoftonline.com/<authTenantId>/v2.0.')
param authIssuer string = ''

@description('Accepted token audiences; empty means api://<authClientId> and <authClientId>.')
param authAllowedAudiences array = []

@description('What App Service Authentication does with an unauthenticated request.')
@allowed([
  'Return401'
  'Return403'
  'RedirectToLoginPage'
])
param unauthenticatedClientAction string = 'Return401'

@description('Paths that skip App Service Authentication: the Event Grid webhook and the Functions Event Grid extension endpoint.')
param authExcludedPaths array = [
  '/api/events'
  '/runtime/webhooks/eventgrid'
  '/runtime/webhooks/EventGrid'
]

// ---------------------------------------------------------------- application settings
@description('Legal terms that govern a message on the Microsoft side of the hand-off.')
param microsoftTerms string = 'Microsoft Product Terms'

@description('Legal terms that govern a message on the Meta side of the hand-off (the application default, so that receipts replayed with --local equal live ones).')
param metaTerms string = 'WhatsApp Business Terms of Service'

@minValue(1)
@description('Days ledger records are kept (default 7 years).')
param retentionDays int = 2555

@minValue(1)
@description('Days each daily seal blob is immutable; defaults to retentionDays. Use 1 for a throwaway environment.')
param sealImmutabilityDays int = retentionDays

@allowed([
  'default'
  'recover'
])
@description('Set by the preprovision hook: recover when this environment\'s Key Vault is soft-deleted (after azd down).')
param keyVaultCreateMode string = 'default'

// ---------------------------------------------------------------- who deploys
// The pseudonym key is not a template value at all: the postprovision hook creates the secret only if
// it does not exist (python -m handoff pseudonym seed), reading Key Vault itself rather than any local
// state, so neither a new machine nor `azd down` + `azd up` nor CI can overwrite it.
@description('Principal running azd (azd sets AZURE_PRINCIPAL_ID): gets Key Vault Secrets Officer to seed the key once.')
param deployerPrincipalId string = ''

@allowed([
  'User'
  'Group'
  'ServicePrincipal'
])
@description('User for `azd up` on a workstation, ServicePrincipal in CI (azd pipeline config sets AZURE_PRINCIPAL_TYPE).')
param deployerPrincipalType string = 'User'

// ---------------------------------------------------------------- sizing and operations
@allowed([
  'Standard_LRS'
  'Standard_ZRS'
  'Standard_GRS'
  'Standard_GZRS'
])
@description('Storage replication of both accounts. Standard_LRS is offered in every Flex Consumption region (ZRS is not).')
param storageSkuName string = 'Standard_LRS'

@minValue(1)
@maxValue(365)
@description('Blob and container soft-delete window in days.')
param blobSoftDeleteDays int = 30

@minValue(1)
@description('Days a dead-lettered event (a raw ACS event, with message text and phone numbers) is kept before automatic deletion: the retention period by default, so that it can be replayed as long as the ledger keeps its day.')
param deadLetterRetentionDays int = retentionDays

@description('Ledger tables to create up front (the application also creates its tables on first use).')
param ledgerTableNames array = []

@minValue(30)
@maxValue(730)
@description('Log Analytics retention in days.')
param logRetentionDays int = 90

@allowed([
  2048
  4096
])
param instanceMemoryMB int = 2048

@minValue(1)
@maxValue(1000)
param maximumInstanceCount int = 40

@description('Zone-redundant Flex Consumption plan (only in regions that support it; keeps 2 always-ready instances, billed).')
param zoneRedundant bool = false

@description('Optional object id of an operator (user or group) who runs python -m handoff against this deployment: replay dead letters, seal, verify, retention, pseudonym (docs/deploy.md).')
param operatorPrincipalId string = ''

@allowed([
  'User'
  'Group'
  'ServicePrincipal'
])
param operatorPrincipalType string = 'User'

// ---------------------------------------------------------------- names
var abbrs = loadJsonContent('./abbreviations.json')
var resourceToken = toLower(uniqueString(subscription().id, environmentName, location))
var tags = {
  'azd-env-name': environmentName
}
var functionAppName = '${abbrs.webSitesFunctions}api-${resourceToken}'
var deploymentContainerName = 'app-package-${take(functionAppName, 32)}-${take(toLower(uniqueString(functionAppName, resourceToken)), 7)}'
var deadLetterContainerName = 'deadletters'
var sealContainerName = 'seals'
var pseudonymSecretName = 'pseudonym-key'
var effectiveIssuer = !empty(authIssuer) ? authIssuer : '${environment().authentication.loginEndpoint}${authTenantId}/v2.0'
var effectiveAudiences = !empty(authAllowedAudiences) ? authAllowedAudiences : [
  'api://${authClientId}'
  authClientId
]

resource rg 'Microsoft.Resources/resourceGroups@2021-04-01' = {
  name: !empty(resourceGroupName) ? resourceGroupName : '${abbrs.resourcesResourceGroups}${environmentName}'
  location: location
  tags: tags
}

module identity 'app/identity.bicep' = {
  name: 'identity'
  scope: rg
  params: {
    location: location
    tags: tags
    name: '${abbrs.managedIdentityUserAssignedIdentities}api-${resourceToken}'
  }
}

module monitoring 'app/monitoring.bicep' = {
  name: 'monitoring'
  scope: rg
  params: {
    location: location
    tags: tags
    logAnalyticsName: '${abbrs.operationalInsightsWorkspaces}${resourceToken}'
    applicationInsightsName: '${abbrs.insightsComponents}${resourceToken}'
    logRetentionDays: logRetentionDays
  }
}

module storage 'app/storage.bicep' = {
  name: 'storage'
  scope: rg
  params: {
    location: location
    tags: tags
    storageAccountName: '${abbrs.storageStorageAccounts}${resourceToken}'
    skuName: storageSkuName
    deploymentContainerName: deploymentContainerName
    blobSoftDeleteDays: blobSoftDeleteDays
    logAnalyticsId: monitoring.outputs.logAnalyticsId
  }
}

module dataStorage 'app/datastorage.bicep' = {
  name: 'datastorage'
  scope: rg
  params: {
    location: location
    tags: tags
    storageAccountName: '${abbrs.storageStorageAccounts}data${take(resourceToken, 18)}'
    skuName: storageSkuName
    deadLetterContainerName: deadLetterContainerName
    sealContainerName: sealContainerName
    sealImmutabilityDays: sealImmutabilityDays
    blobSoftDeleteDays: blobSoftDeleteDays
    ledgerTableNames: ledgerTableNames
    deadLetterRetentionDays: deadLetterRetentionDays
    logAnalyticsId: monitoring.outputs.logAnalyticsId
  }
}

// The existing ACS resource (possibly in another resource group) sends its Advanced Messaging
// operations to this workspace.
module acsDiagnostics 'app/acsdiagnostics.bicep' = {
  name: 'acs-diagnostics-${resourceToken}'
  scope: resourceGroup(split(acsResourceId, '/')[2], split(acsResourceId, '/')[4])
  params: {
    acsName: last(split(acsResourceId, '/'))
    logAnalyticsId: monitoring.outputs.logAnalyticsId
    settingName: 'handoff-ledger-${resourceToken}'
  }
}

module keyVault 'app/keyvault.bicep' = {
  name: 'keyvault'
  scope: rg
  params: {
    location: location
    tags: tags
    keyVaultName: '${abbrs.keyVaultVaults}${resourceToken}'
    logAnalyticsId: monitoring.outputs.logAnalyticsId
    pseudonymSecretName: pseudonymSecretName
    createMode: keyVaultCreateMode
  }
}

module eventGrid 'app/eventgrid.bicep' = {
  name: 'eventgrid'
  scope: rg
  params: {
    location: location
    tags: tags
    systemTopicName: '${abbrs.eventGridSystemTopics}acs-${resourceToken}'
    alertTopicName: '${abbrs.eventGridDomainsTopics}alerts-${resourceToken}'
    acsResourceId: acsResourceId
    logAnalyticsId: monitoring.outputs.logAnalyticsId
  }
}

module rbac 'app/rbac.bicep' = {
  name: 'rbac'
  scope: rg
  params: {
    hostStorageAccountName: storage.outputs.name
    dataStorageAccountName: dataStorage.outputs.name
    deadLetterContainerName: deadLetterContainerName
    sealContainerName: sealContainerName
    keyVaultName: keyVault.outputs.name
    alertTopicName: eventGrid.outputs.alertTopicName
    applicationInsightsName: monitoring.outputs.applicationInsightsName
    logAnalyticsName: monitoring.outputs.logAnalyticsName
    functionPrincipalId: identity.outputs.principalId
    systemTopicPrincipalId: eventGrid.outputs.systemTopicPrincipalId
    operatorPrincipalId: operatorPrincipalId
    operatorPrincipalType: operatorPrincipalType
    deployerPrincipalId: deployerPrincipalId
    deployerPrincipalType: deployerPrincipalType
  }
}

// The settings Handoff Ledger reads (exact names: the application's settings module).
var handoffSettings = {
  HANDOFF_TABLE_ENDPOINT: dataStorage.outputs.tableEndpoint
  HANDOFF_AZURE_CLIENT_ID: identity.outputs.clientId
  HANDOFF_PSEUDONYM_KEY: '@Microsoft.KeyVault(SecretUri=${keyVault.outputs.pseudonymSecretUri})'
  HANDOFF_RESOURCE_LOCATIONS: string({
    '${acsResourceId}': acsDataLocation
  })
  HANDOFF_MICROSOFT_TERMS: microsoftTerms
  HANDOFF_META_TERMS: metaTerms
  HANDOFF_ALERT_TOPIC_ENDPOINT: eventGrid.outputs.alertTopicEndpoint
  HANDOFF_AUTH_MODE: 'appservice'
  HANDOFF_RETENTION_DAYS: string(retentionDays)
  HANDOFF_SEAL_CONTAINER_URL: '${dataStorage.outputs.blobEndpoint}/${sealContainerName}'
  HANDOFF_DEADLETTER_CONTAINER_URL: '${dataStorage.outputs.blobEndpoint}/${deadLetterContainerName}'
  // Completeness (docs/completeness.md): the hourly timer reads ACSAdvancedMessagingOperations, which the
  // ACS diagnostic setting sends to this workspace (acsdiagnostics.bicep; role in rbac.bicep).
  HANDOFF_RECONCILIATION_ENABLED: 'true'
  HANDOFF_LOG_WORKSPACE_ID: monitoring.outputs.logAnalyticsWorkspaceId
}

module api 'app/function.bicep' = {
  name: 'api'
  scope: rg
  // The app must not start before its identity can read storage and the key.
  dependsOn: [
    rbac
  ]
  params: {
    location: location
    tags: tags
    planName: '${abbrs.webServerFarms}${resourceToken}'
    functionAppName: functionAppName
    identityId: identity.outputs.id
    identityClientId: identity.outputs.clientId
    storageAccountName: storage.outputs.name
    deploymentBlobContainerUrl: '${storage.outputs.blobEndpoint}/${deploymentContainerName}'
    applicationInsightsConnectionString: monitoring.outputs.applicationInsightsConnectionString
    logAnalyticsId: monitoring.outputs.logAnalyticsId
    appSettings: handoffSettings
    instanceMemoryMB: instanceMemoryMB
    maximumInstanceCount: maximumInstanceCount
    zoneRedundant: zoneRedundant
    authClientId: authClientId
    authIssuer: effectiveIssuer
    authAllowedAudiences: effectiveAudiences
    unauthenticatedClientAction: unauthenticatedClientAction
    authExcludedPaths: authExcludedPaths
  }
}

module operatorApp 'app/operatorapp.bicep' = if (!empty(operatorPrincipalId)) {
  name: 'operator-app'
  scope: rg
  params: {
    functionAppName: api.outputs.name
    operatorPrincipalId: operatorPrincipalId
    operatorPrincipalType: operatorPrincipalType
  }
}

module eventSubscription 'app/eventsubscription.bicep' = if (deployEventSubscription) {
  name: 'eventsubscription'
  scope: rg
  // Dead-lettering needs the system topic's role on the container before the first failure.
  dependsOn: [
    rbac
  ]
  params: {
    systemTopicName: eventGrid.outputs.systemTopicName
    subscriptionName: '${abbrs.eventGridEventSubscriptions}ingest'
    functionAppId: api.outputs.id
    functionName: eventFunctionName
    storageAccountId: dataStorage.outputs.id
    deadLetterContainerName: deadLetterContainerName
    eventDeliverySchema: eventDeliverySchema
  }
}

// ---------------------------------------------------------------- outputs (azd stores them in .azure/<env>/.env)
output AZURE_LOCATION string = location
output AZURE_TENANT_ID string = tenant().tenantId
output AZURE_RESOURCE_GROUP string = rg.name
output AZURE_FUNCTION_APP_NAME string = api.outputs.name
output SERVICE_API_NAME string = api.outputs.name
output SERVICE_API_URI string = api.outputs.uri
output AZURE_STORAGE_ACCOUNT_NAME string = storage.outputs.name
output AZURE_DATA_STORAGE_ACCOUNT_NAME string = dataStorage.outputs.name
output AZURE_KEY_VAULT_NAME string = keyVault.outputs.name
output AZURE_KEY_VAULT_ENDPOINT string = keyVault.outputs.uri
output HANDOFF_PSEUDONYM_SECRET_NAME string = pseudonymSecretName
output AZURE_EVENT_GRID_SYSTEM_TOPIC_NAME string = eventGrid.outputs.systemTopicName
output AZURE_ALERT_TOPIC_NAME string = eventGrid.outputs.alertTopicName
output AZURE_ALERT_TOPIC_ID string = eventGrid.outputs.alertTopicId
output EVENT_SUBSCRIPTION_DEPLOYED bool = deployEventSubscription
output HANDOFF_TABLE_ENDPOINT string = dataStorage.outputs.tableEndpoint
output HANDOFF_ALERT_TOPIC_ENDPOINT string = eventGrid.outputs.alertTopicEndpoint
output HANDOFF_SEAL_CONTAINER_URL string = '${dataStorage.outputs.blobEndpoint}/${sealContainerName}'
output HANDOFF_DEADLETTER_CONTAINER_URL string = '${dataStorage.outputs.blobEndpoint}/${deadLetterContainerName}'
