## Worte, die beide Oberflächen sagen.

blobs-count = { $count ->
    [one] { $count } Blob
   *[other] { $count } Blobs
}
