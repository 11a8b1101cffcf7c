// Operator -> the Function App: read its application settings (Microsoft.Web/sites/config/list/action),
// which `python -m handoff ... --function-app NAME` does to find the table endpoint, terms, locations and
// the Key Vault reference of the key. No narrower built-in role carries that action. A module of its
// own because the app must exist first (rbac.bicep runs before it).
param functionAppName string
param operatorPrincipalId string
@allowed([
  'User'
  'Group'
  'ServicePrincipal'
])
param operatorPrincipalType string

var websiteContributor = 'de139f84-1756-47ae-9be6-808fbbe84772'

resource functionApp 'Microsoft.Web/sites@2024-04-01' existing = {
  name: functionAppName
}

resource operatorSettingsReader 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(functionApp.id, operatorPrincipalId, websiteContributor)
  scope: functionApp
  properties: {
    principalId: operatorPrincipalId
    principalType: operatorPrincipalType
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', websiteContributor)
  }
}
