// placeholder until the importer layer lands
