"""The HTTP transport reads the environment once: proxies keep the transport's own handling, a CA bundle
is passed on as requests would have chosen it, and nothing else is looked up per request."""

import pytest
from azure.data.tables import TableServiceClient

from handoff.adapters.table_calls import transport_options


@pytest.mark.parametrize("environ, expected", [
    ({}, {"use_env_settings": False}),
    ({"PATH": "/bin", "HOME": "/root"}, {"use_env_settings": False}),
    ({"REQUESTS_CA_BUNDLE": "/etc/ca.pem"}, {"use_env_settings": False, "connection_verify": "/etc/ca.pem"}),
    ({"CURL_CA_BUNDLE": "/etc/curl.pem"}, {"use_env_settings": False, "connection_verify": "/etc/curl.pem"}),
    # requests prefers REQUESTS_CA_BUNDLE over CURL_CA_BUNDLE
    ({"CURL_CA_BUNDLE": "/c.pem", "REQUESTS_CA_BUNDLE": "/r.pem"}, {"use_env_settings": False,
                                                                   "connection_verify": "/r.pem"}),
    ({"HTTPS_PROXY": "http://proxy:3128"}, {}),
    ({"http_proxy": "http://proxy:3128", "REQUESTS_CA_BUNDLE": "/etc/ca.pem"}, {}),
    ({"ALL_PROXY": "socks5://proxy:1080"}, {}),
    ({"HTTPS_PROXY": ""}, {"use_env_settings": False}),  # set but empty: no proxy, as requests reads it
])
def test_the_environment_is_read_once_and_faithfully(environ, expected):
    assert transport_options(environ) == expected


def test_the_sdk_client_accepts_the_options():
    options = transport_options({"REQUESTS_CA_BUNDLE": "/etc/ssl/certs/ca-certificates.crt"})
    service = TableServiceClient.from_connection_string(
        "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=a2V5;"
        "TableEndpoint=http://127.0.0.1:1/devstoreaccount1;", **options)
    transport = service._client._client._pipeline._transport
    transport.open()  # the session the requests will use
    try:
        assert transport.session.trust_env is False
        assert transport.connection_config.verify == "/etc/ssl/certs/ca-certificates.crt"
    finally:
        transport.close()
