## Tektite: common
