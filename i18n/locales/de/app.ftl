## Tektite: app
