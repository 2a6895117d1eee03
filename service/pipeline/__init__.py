"""Pure pipeline stages: ingest → normalize → detect → segment → translate. No FastAPI, no database."""
