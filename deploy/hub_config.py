"""JupyterHub settings for the media-literacy kit: one file, for any hub (The Littlest JupyterHub
puts it in /opt/tljh/config/jupyterhub_config.d/; elsewhere load it from jupyterhub_config.py).

Each user's server starts by making or updating the user's workspace (``media-kit workspace``:
the lessons, exercises and articles copied into ~/media-literacy; their work is never
overwritten), then opens lesson 01 there. Idle kernels are shut down after an hour (answers are
saved as they are given), which gives the language model's memory back.
"""

c = get_config()  # noqa: F821 - JupyterHub provides get_config() to its configuration files

#: Minutes a kernel may stay idle before it is shut down (the class-of-30 benchmark: about 140 MB each).
IDLE_MINUTES = 60

START = 'media-kit workspace && exec jupyterhub-singleuser "$@"'
c.Spawner.cmd = ["sh", "-c", START, "jupyterhub-singleuser"]  # the hub's arguments follow, as "$@"
c.Spawner.default_url = "/lab/tree/media-literacy/notebooks/01_reading_the_article.ipynb"
c.Spawner.args = [
    f"--MappingKernelManager.cull_idle_timeout={IDLE_MINUTES * 60}",
    "--MappingKernelManager.cull_interval=60",
]
