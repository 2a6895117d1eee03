"""Pure pipeline stages: ingest → normalize → structure → detect → segment. No model, no threads, no database
(machine translation lives in ``service.translation``; tests/pipeline/test_purity.py keeps it so)."""
