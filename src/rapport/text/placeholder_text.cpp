// placeholder until the text layer lands
