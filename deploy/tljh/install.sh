#!/usr/bin/env bash
# The media-literacy kit on The Littlest JupyterHub (TLJH), run once by an admin on the server:
#   sudo bash deploy/tljh/install.sh            (from a clone of the kit's repository)
# It installs the kit into TLJH's user environment (read-only for students), adds the kit's hub
# settings (deploy/hub_config.py) and reloads the hub. Run it again to update the kit: students'
# workspaces are updated when their server next starts, never over their own work.
set -euo pipefail
here="$(cd "$(dirname "$0")/../.." && pwd)"
user_env=/opt/tljh/user
config_dir=/opt/tljh/config/jupyterhub_config.d

if [ ! -x "$user_env/bin/pip" ]; then
    echo "TLJH's user environment ($user_env) is not here: install The Littlest JupyterHub first." >&2
    exit 2
fi
"$user_env/bin/pip" install --no-cache-dir "$here"
install -d "$config_dir"
install -m 0644 "$here/deploy/hub_config.py" "$config_dir/media-literacy-kit.py"
tljh-config set user_environment.default_app jupyterlab
tljh-config reload hub
echo "Done. Students log in and land on lesson 01 in ~/media-literacy."
echo "Collect answers for grading: sudo -E $user_env/bin/media-kit collect '/home/jupyter-*/media-literacy' --out submissions/"
