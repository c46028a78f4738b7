"""The build in phases, each over every article (pipeline.py runs them in order):

    plan     read, simplify and script every article; the clip keys it needs
    speak    every clip key not in the cache, once across all articles, on an executor
    master   each episode from the cache (or the episode published before, unchanged)
    publish  every output file as one new version of output/, the feed last

No phase knows a file name of output/: the output registry (plaincast.outputs) does.
"""
