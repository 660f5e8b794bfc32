"""The e2e suites run on the testing kit's pytest plugin (amigo_emulator.pytest_plugin, declared in
tests/conftest.py and registered by its pytest11 entry point): ``emu`` / ``amigo_emulator`` is one
emulator subprocess per run, reset before each test, with the plugin's default seed; ``amigo_env``
points the ``AMIGO_*`` variables at it. Nothing is defined here, so that every CI run exercises the
fixtures users get."""
