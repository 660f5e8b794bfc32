"""Development-time tools for OpenAPI documents, shared by ``scripts/`` and ``amigo_emulator``.

* :mod:`spectools.refs`: the one ``$ref`` resolver;
* :mod:`spectools.source`: reading an upstream document (path or URL) within limits;
* :mod:`spectools.guard`: what an update refuses (name clashes, missing operations, bad refs);
* :mod:`spectools.generator`: the pinned openapi-python-client, run with the project's fix;
* :mod:`spectools.normalize`: upstream document -> generator-friendly shapes and names;
* :mod:`spectools.words`: strip upstream words, apply and extract the project's (``spec/words/``);
* :mod:`spectools.overlay`: OpenAPI Overlay 1.0 with a small JSONPath subset (``spec/overlay.yaml``);
* :mod:`spectools.build`: the pipeline that builds ``openapi.yaml`` from those;
* :mod:`spectools.changes`: the change report between two versions of ``openapi.yaml``.

Never imported by ``amigo_client`` (the distributed package); not part of the distribution.
"""
