/// `--help` texts.
enum Help {
    static let main = """
    chartr renders Helm charts offline, byte for byte like Helm v4.2.3's `helm template`.

    Usage:
      chartr render [NAME] CHART [flags]          like `helm template`
      chartr install [NAME] CHART --dry-run [flags]  like `helm install --dry-run`
      chartr --version

    Examples:
      chartr render ./mychart
      chartr render my-release ./mychart -n prod -f values-prod.yaml --set image.tag=v2
      chartr render ./mychart -s templates/service.yaml --kube-version 1.29.0
      chartr render ./mychart --seed 42 --format json
      SOURCE_DATE_EPOCH=0 chartr install my-release ./mychart --dry-run

    Run 'chartr render --help' for the flags.

    """

    static let render = """
    Render chart templates locally and print the result (like `helm template`).

    Usage:
      chartr render [NAME] CHART [flags]

    Examples:
      chartr render ./mychart
      chartr render web ./mychart --namespace prod --set replicaCount=3
      chartr render ./mychart -f a.yaml,b.yaml --set-string tag=0.10 --set-json 'tolerations=[]'
      chartr render ./mychart -s 'templates/*.yaml' --include-crds --skip-tests

    Flags:
      -f, --values strings         values files (or - for stdin), comma-separated, repeatable
          --set stringArray        set values (a.b=c, list={a,b}, a[0].b=c)
          --set-string stringArray set STRING values
          --set-json stringArray   set JSON values (a={"b":1} or a whole JSON object)
          --set-file stringArray   set values from files (key=path)
          --set-literal stringArray set a literal STRING value
      -n, --namespace string       namespace (default "default", or $HELM_NAMESPACE)
      -s, --show-only stringArray  only show manifests rendered from the given templates (globs)
          --kube-version string    Kubernetes version for Capabilities.KubeVersion
      -a, --api-versions strings   extra Kubernetes API versions for Capabilities.APIVersions
          --include-crds           include CRDs in the output
          --skip-tests             skip test hooks
          --no-hooks               do not print hooks
          --is-upgrade             set .Release.IsUpgrade instead of .Release.IsInstall
          --output-dir string      write each template to a file under this directory
          --release-name           with --output-dir, use the release name in the path
          --seed int               seed the random functions (randAlphaNum, genCA, ...) for repeatable output
          --format json            print {template path: rendered text} as JSON, before splitting
                                   or YAML parsing (NOTES.txt included, partials not)
      -h, --help                   help for render

    Environment:
      SOURCE_DATE_EPOCH            pins `now` (unix seconds)
      HELM_NAMESPACE               default namespace

    """

    static let install = """
    Print what `helm install --dry-run` prints (release report, hooks, manifest, notes).

    Usage:
      chartr install [NAME] CHART --dry-run [flags]

    Examples:
      chartr install my-release ./mychart --dry-run
      SOURCE_DATE_EPOCH=1700000000 chartr install my-release ./mychart --dry-run -n prod

    Flags: as for `chartr render`, plus --generate-name, --hide-notes.

    """
}
