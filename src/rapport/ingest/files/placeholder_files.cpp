// placeholder until the ingest/files layer lands
