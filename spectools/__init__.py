"""Development-time tools for OpenAPI documents, shared by ``scripts/`` and ``amigo_emulator``.

Never imported by ``amigo_client`` (the distributed package); not part of the distribution.
"""
