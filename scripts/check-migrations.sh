#!/usr/bin/env bash
# Fails when the EF model has changed without a migration, for each provider.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
[ -d src/Myelin.Data/Migrations ] || exit 0
for provider in Sqlite Postgres; do
  [ -d "src/Myelin.Data/Migrations/$provider" ] || continue
  MYELIN_EF_PROVIDER=$provider dotnet tool run dotnet-ef migrations has-pending-model-changes \
    --project src/Myelin.Data --startup-project src/Myelin.Data --context "${provider}MyelinDbContext" \
    --configuration Release --no-build >/dev/null \
    || { echo "check-migrations: the $provider model has changes without a migration" >&2; exit 1; }
done
