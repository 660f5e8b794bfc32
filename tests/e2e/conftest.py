"""The emulator fixtures (one subprocess per test run, reset before each test)."""

from __future__ import annotations

from amigo_emulator import pytest_plugin

# A non-root conftest cannot declare pytest_plugins; import the plugin's fixtures instead.
emulator_config = pytest_plugin.emulator_config
emulator = pytest_plugin.emulator
emu = pytest_plugin.emu
