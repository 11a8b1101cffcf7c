// The pseudonym key secret. A module of its own so that keyvault.bicep can deploy it only on the
// first provision (seedPseudonymKey) while the resource itself stays unconditional, which is what
// lets checkov inspect it.
param keyVaultName string
param secretName string
@secure()
param value string

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' existing = {
  name: keyVaultName
}

resource pseudonymSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: vault
  name: secretName
  properties: {
    // checkov:skip=CKV_AZURE_41: No expiry by design. An expired secret cannot be resolved by the Key Vault reference, so ingestion would stop; and rotating the key breaks linkage between old and new pseudonyms, so it must be a deliberate act (docs/deploy.md, Rotating the pseudonym key), not a timer.
    value: value
    contentType: 'text/plain; HMAC-SHA256 key for party pseudonyms'
    attributes: {
      enabled: true
    }
  }
}
