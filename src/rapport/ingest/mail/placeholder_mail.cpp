// placeholder until the ingest/mail layer lands
