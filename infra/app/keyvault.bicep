// Key Vault for the pseudonym key. RBAC only (no access policies), soft delete and purge protection
// on, so a deleted key can be recovered for 90 days and nobody can purge it early.
param location string
param tags object
param keyVaultName string
param logAnalyticsId string
@description('Name of the secret that holds the HMAC key for party pseudonyms. The postprovision hook creates it only if it does not exist (python -m handoff pseudonym seed); Bicep never writes it, so no provision can overwrite it.')
param pseudonymSecretName string
@description('recover: bring back this environment\'s soft-deleted vault (after azd down; purge protection keeps its name for 90 days). Set by the preprovision hook.')
@allowed([
  'default'
  'recover'
])
param createMode string = 'default'

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: keyVaultName
  location: location
  tags: tags
  properties: {
    // checkov:skip=CKV_AZURE_109: App Service resolves Key Vault references from outside any VNet here (the app is not VNet-integrated), and App Service is not a trusted service for the Key Vault firewall, so default-deny would break HANDOFF_PSEUDONYM_KEY. Access is RBAC only: the function identity has Key Vault Secrets User and nobody else has data access.
    // checkov:skip=CKV_AZURE_189: Same reason as CKV_AZURE_109: public network access is needed for the Key Vault reference without VNet integration; every call still needs an Entra ID token and an RBAC role.
    tenantId: tenant().tenantId
    createMode: createMode
    sku: {
      family: 'A'
      name: 'standard'
    }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 90
    enablePurgeProtection: true
    enabledForDeployment: false
    enabledForDiskEncryption: false
    enabledForTemplateDeployment: false
    publicNetworkAccess: 'Enabled'
    networkAcls: {
      bypass: 'AzureServices'
      defaultAction: 'Allow'
    }
  }
}

resource vaultDiagnostics 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  name: 'to-log-analytics'
  scope: vault
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

output name string = vault.name
output uri string = vault.properties.vaultUri
output id string = vault.id
// Versionless: App Service resolves the newest enabled version (refreshed within 24 h, or at once
// on a config change or restart), which is what makes rotation a new secret version and nothing else.
output pseudonymSecretUri string = '${vault.properties.vaultUri}secrets/${pseudonymSecretName}/'
