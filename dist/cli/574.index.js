export const id = 574;
export const ids = [574];
export const modules = {

/***/ 574:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   packageManifest: () => (/* binding */ packageManifest)
/* harmony export */ });
/**
 * policy-gate's package.json, read when asked: lib/cli/main.js (tsc) and dist/cli/index.js (the
 * bundle, also inside an installed package) are both two folders below it. The folders are climbed
 * in a loop because ncc would copy a literal `../../package.json` into the bundle, which then went
 * stale with every edit of package.json.
 */
async function packageManifest(levelsUp = 2) {
    const [{ readFile }, path, { fileURLToPath }] = await Promise.all([
        Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 1455, 19)),
        Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 6760, 19)),
        Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 3136, 19)),
    ]);
    let root = path.dirname(fileURLToPath(import.meta.url));
    for (let level = 0; level < levelsUp; level++)
        root = path.dirname(root);
    const manifest = JSON.parse(await readFile(path.join(root, 'package.json'), 'utf8'));
    const informationUri = httpUrl(manifest.homepage) ?? httpUrl(repositoryUrl(manifest.repository));
    return {
        version: String(manifest.version),
        ...(informationUri === undefined ? {} : { informationUri }),
    };
}
function repositoryUrl(repository) {
    if (typeof repository === 'object' && repository !== null && 'url' in repository)
        return repository.url;
    return repository;
}
/** An http(s) URL as given (`git+https://…` and `.git` trimmed), else undefined. */
function httpUrl(value) {
    if (typeof value !== 'string')
        return undefined;
    const url = value.replace(/^git\+/, '').replace(/\.git$/, '');
    return /^https?:\/\/\S+$/.test(url) ? url : undefined;
}


/***/ })

};
