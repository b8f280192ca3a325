// placeholder until the ingest/common layer lands
