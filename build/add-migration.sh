#!/usr/bin/env bash
# Adds a migration to one module for both providers and keeps the generated classes internal.
#   ./build/add-migration.sh Feeds IdempotencyFingerprints
# Needs the dotnet-ef tool: `dotnet tool restore` installs the version dotnet-tools.json pins.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
module=${1:?module name, e.g. Feeds}
name=${2:?migration name, e.g. AddSomething}
project="$ROOT/src/Modules/$module/DigitalWorkplace.$module"

for provider in Sqlite Postgres; do
  dotnet tool run dotnet-ef migrations add "$name" --project "$project" \
    --context "${provider}${module}DbContext" --output-dir "Data/Migrations/$provider"
done

# dotnet ef writes public classes; a module exposes only its XModule class (an architecture test checks it).
grep -rl --include='*.cs' -E '^    public partial class' "$project/Data/Migrations" \
  | xargs -r sed -i -E 's/^    public partial class/    internal partial class/'
