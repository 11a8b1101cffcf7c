// Flex Consumption Function App (Linux, Python 3.11) running as a user-assigned managed identity.
// Everything it reaches (storage, Key Vault, the alert topic, Application Insights) it reaches with
// that identity: rbac.bicep grants the roles.
param location string
param tags object
param planName string
param functionAppName string
param identityId string
param identityClientId string
param storageAccountName string
param deploymentBlobContainerUrl string
param applicationInsightsConnectionString string
param logAnalyticsId string
@description('Application settings specific to Handoff Ledger (HANDOFF_*).')
param appSettings object
@allowed([
  2048
  4096
])
param instanceMemoryMB int
@minValue(1)
@maxValue(1000)
param maximumInstanceCount int
@description('Spread instances over availability zones (region must support it for Flex Consumption; keeps at least 2 always-ready instances, billed).')
param zoneRedundant bool

@description('Entra ID app registration (client) id that signs users in (App Service Authentication).')
param authClientId string
@description('OpenID issuer, e.g. https://login.microsoftonline.com/<tenant id>/v2.0')
param authIssuer string
param authAllowedAudiences array
@allowed([
  'Return401'
  'Return403'
  'RedirectToLoginPage'
])
param unauthenticatedClientAction string
@description('Paths App Service Authentication lets through unauthenticated.')
param authExcludedPaths array

var allAppSettings = union(appSettings, {
  // Host storage through the identity: no connection string, no key.
  AzureWebJobsStorage__accountName: storageAccountName
  AzureWebJobsStorage__credential: 'managedidentity'
  AzureWebJobsStorage__clientId: identityClientId
  // Telemetry with Entra ID auth (the component has local auth disabled).
  APPLICATIONINSIGHTS_CONNECTION_STRING: applicationInsightsConnectionString
  APPLICATIONINSIGHTS_AUTHENTICATION_STRING: 'ClientId=${identityClientId};Authorization=AAD'
  // DefaultAzureCredential's standard variable, for any SDK client the app does not configure itself.
  AZURE_CLIENT_ID: identityClientId
})

resource plan 'Microsoft.Web/serverfarms@2024-04-01' = {
  name: planName
  location: location
  tags: tags
  kind: 'functionapp'
  sku: {
    tier: 'FlexConsumption'
    name: 'FC1'
  }
  properties: {
    // checkov:skip=CKV_AZURE_225: Off by default, on with the zoneRedundant parameter: Flex Consumption supports it only in some regions, and it makes the platform keep at least two always-ready instances, which are billed even when no message flows. While a zone is down, Event Grid keeps retrying for 24 h and then dead-letters, so no event is lost.
    reserved: true
    zoneRedundant: zoneRedundant
  }
}

resource functionApp 'Microsoft.Web/sites@2024-04-01' = {
  name: functionAppName
  location: location
  tags: union(tags, { 'azd-service-name': 'api' })
  kind: 'functionapp,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identityId}': {}
    }
  }
  properties: {
    // checkov:skip=CKV_AZURE_222: Must be reachable publicly: Event Grid delivers to it over the internet and officers use the dashboard. Every path except the Event Grid endpoints requires an Entra ID sign-in (authsettingsV2 below); the Event Grid extension endpoint requires the function's system key.
    // checkov:skip=CKV_AZURE_17: Client certificates would block Event Grid, which cannot present one. Callers authenticate with Entra ID (App Service Authentication) instead.
    // checkov:skip=CKV_AZURE_212: Flex Consumption scales from zero by design; the platform replaces failed instances. A cold start is far inside Event Grid's 30 s answer window and its 24 h retry schedule.
    // checkov:skip=CKV_AZURE_213: App Service health check is not available on the Flex Consumption plan; health is watched through Application Insights and the diagnostic settings below.
    serverFarmId: plan.id
    httpsOnly: true
    clientCertEnabled: false
    publicNetworkAccess: 'Enabled'
    // Key Vault references (HANDOFF_PSEUDONYM_KEY) resolve with the user-assigned identity.
    keyVaultReferenceIdentity: identityId
    siteConfig: {
      minTlsVersion: '1.2'
      scmMinTlsVersion: '1.2'
      ftpsState: 'Disabled'
      http20Enabled: true
      remoteDebuggingEnabled: false
      cors: {
        allowedOrigins: []
      }
      appSettings: [for setting in items(allAppSettings): {
        name: setting.key
        value: setting.value
      }]
    }
    functionAppConfig: {
      deployment: {
        storage: {
          type: 'blobContainer'
          value: deploymentBlobContainerUrl
          authentication: {
            type: 'UserAssignedIdentity'
            userAssignedIdentityResourceId: identityId
          }
        }
      }
      scaleAndConcurrency: {
        instanceMemoryMB: instanceMemoryMB
        maximumInstanceCount: maximumInstanceCount
      }
      runtime: {
        name: 'python'
        version: '3.11'
      }
    }
  }
}

// App Service Authentication (Easy Auth) with Entra ID. Unauthenticated requests get 401 except on
// authExcludedPaths: the Event Grid webhook, which Event Grid calls without an Entra token and which
// the application protects itself (subscription handshake), and the Functions Event Grid extension
// endpoint that the system topic calls with the function's system key.
resource authSettings 'Microsoft.Web/sites/config@2024-04-01' = {
  parent: functionApp
  name: 'authsettingsV2'
  properties: {
    // checkov:skip=CKV_AZURE_13: False positive: this IS the authentication config. The check reads authsettings V1 (properties.enabled); V2 turns it on with platform.enabled = true below.
    // checkov:skip=CKV_AZURE_63: False positive: the check reads siteConfig.httpLoggingEnabled on every sites/config resource; this one is authsettingsV2. HTTP logs go to Log Analytics (functionDiagnostics, allLogs) and Application Insights; file-system logging does not exist on Flex Consumption.
    // checkov:skip=CKV_AZURE_65: False positive: siteConfig.detailedErrorLoggingEnabled is not a property of authsettingsV2, and detailed error pages are file-system logging that Flex Consumption does not offer. Errors go to Application Insights.
    // checkov:skip=CKV_AZURE_66: False positive: siteConfig.requestTracingEnabled is not a property of authsettingsV2, and failed-request tracing is file-system logging that Flex Consumption does not offer. Requests are traced in Application Insights.
    // checkov:skip=CKV_AZURE_80: False positive: the app is Python 3.11 (functionAppConfig.runtime); there is no .NET Framework version to set, least of all on authsettingsV2.
    // checkov:skip=CKV_AZURE_88: Azure Files is not used: Flex Consumption deploys from the blob container in functionAppConfig and keeps no content share. The check reads azureStorageAccounts on every sites/config resource.
    // checkov:skip=CKV_AZURE_222: False positive on the authsettingsV2 resource (the check reads publicNetworkAccess); see the same skip on functionApp for why the app is public.
    platform: {
      enabled: true
      runtimeVersion: '~1'
    }
    globalValidation: {
      requireAuthentication: true
      unauthenticatedClientAction: unauthenticatedClientAction
      redirectToProvider: 'azureactivedirectory'
      excludedPaths: authExcludedPaths
    }
    identityProviders: {
      azureActiveDirectory: {
        enabled: true
        registration: {
          clientId: authClientId
          openIdIssuer: authIssuer
        }
        validation: {
          allowedAudiences: authAllowedAudiences
        }
      }
    }
    login: {
      // Flex Consumption has no file share for the token store; the app needs only the session.
      tokenStore: {
        enabled: false
      }
      preserveUrlFragmentsForLogins: false
    }
    httpSettings: {
      requireHttps: true
      routes: {
        apiPrefix: '/.auth'
      }
      forwardProxy: {
        convention: 'NoProxy'
      }
    }
  }
}

// No FTP and no basic-auth deployment: azd deploys with Entra ID to the deployment container.
resource ftpPublishing 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2024-04-01' = {
  parent: functionApp
  name: 'ftp'
  properties: {
    allow: false
  }
}

resource scmPublishing 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2024-04-01' = {
  parent: functionApp
  name: 'scm'
  properties: {
    allow: false
  }
}

resource functionDiagnostics 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  name: 'to-log-analytics'
  scope: functionApp
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

output name string = functionApp.name
output id string = functionApp.id
output uri string = 'https://${functionApp.properties.defaultHostName}'
