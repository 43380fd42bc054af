#!/usr/bin/env bash
# Prints the OAuth client metadata of the web app hosted at URL (https://, the folder that holds
# index.html). Its client id is the address of this very file (URL/client-metadata.json), which the
# account's server fetches when someone signs in with it. The web build writes it with
# `scripts/build-web.sh --public-url URL`.
#
# The scope is every permission any way in of the app asks for (engine/src/oauth/scopes.rs; a unit
# test there keeps the two equal); each sign-in asks only for what its way in needs.
#
# Usage: scripts/client-metadata.sh https://tektite.example/  > dist/client-metadata.json
set -euo pipefail
url=${1:?usage: client-metadata.sh https://host/path/}
[[ $url == https://* ]] || { echo "client-metadata: $url is not an https:// address" >&2; exit 2; }
[[ $url == */ ]] || url="$url/"
scope='atproto identity:* rpc:com.atproto.server.createAccount?aud=* rpc:app.bsky.actor.getPreferences?aud=*'
cat <<JSON
{
  "client_id": "${url}client-metadata.json",
  "client_name": "Tektite",
  "client_uri": "${url}",
  "logo_uri": "${url}icon.svg",
  "redirect_uris": ["${url}oauth-callback.html"],
  "scope": "${scope}",
  "grant_types": ["authorization_code", "refresh_token"],
  "response_types": ["code"],
  "token_endpoint_auth_method": "none",
  "application_type": "web",
  "dpop_bound_access_tokens": true
}
JSON
