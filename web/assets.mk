# web/assets.mk: refresh the JavaScript libraries vendored in web/static/vendor.
#
# The Go build and CI never run this: the built files are committed and
# embedded. It needs Node.js and npm, installs the versions pinned in
# web/package-lock.json into a temporary folder (never into the tree) and
# copies the built files, their licences and web/static/vendor/VERSIONS.md.
# To move to a new version: change web/package.json, run
# `npm install --package-lock-only` in web/, then `make assets`.

WEB_VENDOR := web/static/vendor

.PHONY: assets
assets:
	@set -e; tmp=$$(mktemp -d); trap 'rm -rf "$$tmp"' EXIT; \
	cp web/package.json web/package-lock.json "$$tmp"/; \
	(cd "$$tmp" && npm ci --ignore-scripts --no-audit --no-fund --silent); \
	cp "$$tmp"/node_modules/cytoscape/dist/cytoscape.esm.min.mjs $(WEB_VENDOR)/cytoscape.esm.min.js; \
	cp "$$tmp"/node_modules/cytoscape/LICENSE $(WEB_VENDOR)/cytoscape.LICENSE; \
	v=$$(node -p "require('$$tmp/node_modules/cytoscape/package.json').version"); \
	{ echo '# Vendored JavaScript libraries'; echo; \
	  echo 'Written by `make assets` (web/assets.mk) from the versions pinned in'; \
	  echo 'web/package-lock.json. Do not edit these files by hand.'; echo; \
	  echo '| library | version | file | from | licence |'; \
	  echo '| --- | --- | --- | --- | --- |'; \
	  echo "| Cytoscape.js | $$v | cytoscape.esm.min.js | npm cytoscape@$$v, dist/cytoscape.esm.min.mjs | MIT, cytoscape.LICENSE |"; \
	} > $(WEB_VENDOR)/VERSIONS.md; \
	echo "assets: cytoscape $$v vendored in $(WEB_VENDOR)"
