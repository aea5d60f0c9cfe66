#!/usr/bin/env bash
# Regenerates src/Myelin.Web/Myelin.Web.json, the committed OpenAPI document, from what the platform serves at
# /openapi/v1.json (docs/adr/0002-minimal-api-and-openapi.md). Commit the file afterwards.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
MYELIN_WRITE_OPENAPI=1 dotnet test tests/Myelin.Web.Tests -nologo -v quiet \
  --filter "FullyQualifiedName~Myelin.Web.Tests.Api.OpenApiDocumentTests.The_served_document_equals_the_committed_one"
echo "wrote src/Myelin.Web/Myelin.Web.json"
