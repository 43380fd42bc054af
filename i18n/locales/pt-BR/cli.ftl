## Tektite: cli
