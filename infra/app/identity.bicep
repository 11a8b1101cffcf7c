// The function app's user-assigned identity. Created first so that its roles can be granted
// before the app starts (a system-assigned identity would only exist once the app does).
param location string
param tags object
param name string

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: name
  location: location
  tags: tags
}

output id string = identity.id
output principalId string = identity.properties.principalId
output clientId string = identity.properties.clientId
