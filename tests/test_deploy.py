"""Deploying on a hub (deploy/): the files a school's admin copies are checked here, without Docker
or Kubernetes: they parse, agree with each other and with the kit, and keep the install read-only."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
import yaml
from traitlets.config import Config

from kit.workspace import prepare

ROOT = Path(__file__).resolve().parent.parent
DEPLOY = ROOT / "deploy"


def _hub_config() -> Config:
    config = Config()
    exec((DEPLOY / "hub_config.py").read_text(encoding="utf-8"), {"get_config": lambda: config})
    return config


def test_the_hub_settings_open_lesson_01_in_the_students_workspace(tmp_path):
    config = _hub_config()
    assert config.Spawner.cmd[:2] == ["sh", "-c"] and "media-kit workspace" in config.Spawner.cmd[2]
    lesson = config.Spawner.default_url.removeprefix("/lab/tree/")
    prepare(tmp_path / "media-literacy")
    assert (tmp_path / lesson).is_file(), "the start page is a lesson the workspace holds"
    assert "--MappingKernelManager.cull_idle_timeout=3600" in config.Spawner.args


def test_zero_to_jupyterhub_values_agree_with_the_hub_settings():
    values = yaml.safe_load((DEPLOY / "z2jh" / "config.yaml").read_text())
    config = _hub_config()
    assert values["singleuser"]["defaultUrl"] == config.Spawner.default_url
    assert values["singleuser"]["lifecycleHooks"]["postStart"]["exec"]["command"] == [
        "media-kit",
        "workspace",
    ]
    assert values["cull"]["enabled"] is True and values["cull"]["timeout"] == 3600


def test_the_single_user_image_installs_the_kit_read_only_and_runs_as_the_student():
    lines = [
        line.strip()
        for line in (DEPLOY / "z2jh" / "Dockerfile").read_text().replace("\\\n", " ").splitlines()
        if line.strip() and not line.lstrip().startswith("#")
    ]
    keywords = [line.split()[0] for line in lines]
    assert set(keywords) <= {"FROM", "USER", "COPY", "RUN", "WORKDIR", "ENV", "ARG", "LABEL"}
    base = lines[0].split()[1]
    assert keywords[0] == "FROM" and ":" in base and not base.endswith(":latest"), "a pinned base image"
    assert any(re.match(r"RUN pip install --no-cache-dir /opt/media-literacy-kit\b", line) for line in lines)
    assert lines[-2:] == ["USER ${NB_UID}", "WORKDIR /home/jovyan"], "students never run as root"
    ignored = (ROOT / ".dockerignore").read_text().split()
    assert {".venv/", "node_modules/", "*.answers.json"} <= set(ignored)


@pytest.mark.skipif(shutil.which("bash") is None, reason="bash is needed to check the install script")
def test_the_littlest_jupyterhub_script_parses_and_refuses_a_machine_without_tljh(tmp_path):
    script = DEPLOY / "tljh" / "install.sh"
    assert subprocess.run(["bash", "-n", str(script)], capture_output=True).returncode == 0
    if Path("/opt/tljh/user").exists():
        pytest.skip("a real TLJH is installed here: the script would install into it")
    ran = subprocess.run(["bash", str(script)], capture_output=True, text=True)
    assert ran.returncode == 2
    assert ran.stderr.strip() == (
        "TLJH's user environment (/opt/tljh/user) is not here: install The Littlest JupyterHub first."
    )
