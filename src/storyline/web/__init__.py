"""The web app (`storyline serve`), its JSON API, and the shareable HTML report (`storyline report`).

`create_app` lives in `storyline.web.app`; it is not imported here so that the command line starts
without loading FastAPI.
"""
