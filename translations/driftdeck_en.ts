<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>AppController</name>
    <message>
        <source>TLS verification is off for this cluster (insecure-skip-tls-verify).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The kubeconfig names no current context; choose one with --context.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Flux Kustomization</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Argo CD Application</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>command line</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>added repository</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the server's answer is not JSON</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CredentialHelper</name>
    <message>
        <source>Git is not installed: no credential helper can be asked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The Git credential helper could not be started</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The Git credential helper did not answer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No credential helper has a credential for this server</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DesiredStore</name>
    <message>
        <source>The object is declared more than once</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The object is already declared by another source</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DriftEngine</name>
    <message>
        <source>cluster unreachable since %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown cluster %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No Flux or Argo CD objects declare sources in this cluster; name one with --source or a workspace file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not connected to the cluster yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no access: the cluster does not let you list %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>still listing %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the cluster does not serve %1 (is its CRD installed?)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the cluster does not serve %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the API server's answer is not a JSON object</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>waiting for the API server's dry run (exact mode)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exact mode needs patch rights, which this user lacks (%1); compared without a dry run.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The API server's dry run failed (%1); compared without it.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DriftReport</name>
    <message>
        <source>Drift report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Generated %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cluster %1, source %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Declared in %1:%2 at %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Git</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Live</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Changed by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ForgeClient</name>
    <message>
        <source>A pull request for %1 already exists but could not be found.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Authentication failed: %1 did not accept the token.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Permission denied: the token may not open pull requests in %1 on %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not found: %1 does not exist on %2, or the token cannot see it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 had a server error (HTTP %2); try again later.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 refused the pull request: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 answered with HTTP %2.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ForgeDetector</name>
    <message>
        <source>%1 is not a remote URL Driftdeck understands.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Driftdeck cannot tell which forge hosts %1; choose GitHub, GitLab or Gitea and give its API URL.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 does not name a repository as owner/name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 does not name a GitLab project as group/project.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>GitHubClient</name>
    <message>
        <source>%1 sent an answer Driftdeck does not understand.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The branch %1 does not exist in %2; push it first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The pull request was opened, but its labels could not be set.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>GitLabClient</name>
    <message>
        <source>%1 sent an answer Driftdeck does not understand.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>GiteaClient</name>
    <message>
        <source>%1 sent an answer Driftdeck does not understand.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The pull request was opened; these labels do not exist in %1: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>HistoryStore</name>
    <message>
        <source>The drift history could not be saved (%1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The drift history database %1 is damaged and could not be moved aside.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The drift history database was damaged or locked (%1); it was moved to %2 and a new one was started.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The drift history database could not be opened.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The drift history database is damaged.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The drift history database is locked by another program.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The drift history database could not be prepared.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>HttpTransport</name>
    <message>
        <source>The network library could not be started.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Network unreachable: could not reach %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The secure connection to %1 failed: its certificate could not be verified.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The request to %1 failed.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>OwnedObjects</name>
    <message>
        <source>Cannot read the %1: the server's answer is not JSON.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot read the %1: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Publisher</name>
    <message>
        <source>The path %1 cannot be written in a repository.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The new content of %1 could not be stored.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The edit could not be applied to the repository tree.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is nothing to publish: the change edits no file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose the branch the pull request should target.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The repository %1 could not be opened.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The remote of %1 could not be found.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Authentication failed: %1 did not accept the credentials.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Permission denied: these credentials may not push to %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not found: %1 does not exist or these credentials cannot see it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The certificate of %1 could not be verified.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Network unreachable: could not connect to %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Git could not talk to %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The branch %1 does not exist on %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The branch %1 on %2 carries commits that Driftdeck did not make for this change; it was left untouched. Delete or rename that branch to publish this change.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The tip of %1 could not be read.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The edit changes nothing: %1 already has this content.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The edited tree could not be read back.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No Git identity is configured; set user.name and user.email.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The commit could not be created.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The branch %1 could not be created.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The push of %1 was refused as a non-fast-forward update: the branch changed on %2 meanwhile.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The push of %1 was refused as a non-fast-forward update: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 refused the branch %2 (it may be protected): %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 could not be read on %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 changed on %2 after the edit was prepared; refresh and review the edit again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The branch %1 changed on %2 while Driftdeck was preparing its commit; nothing was pushed. Try again.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PullRequestBody</name>
    <message>
        <source>Make Git match the cluster</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Make Git match %1 in %2</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Make Git match %n resources in %1</source>
        <translation>
            <numerusform>Make Git match %n resource in %1</numerusform><numerusform>Make Git match %n resources in %1</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Make Git match %n resources</source>
        <translation>
            <numerusform>Make Git match %n resource</numerusform><numerusform>Make Git match %n resources</numerusform></translation>
    </message>
    <message>
        <source>Driftdeck found that the live state in cluster %1 differs from Git. This pull request makes Git match the live values below.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(not set)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cluster: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 line %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 at %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Source: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Git value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Live value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Changed by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Opened by Driftdeck %1. Review the change before merging.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PullRequestFlow</name>
    <message>
        <source>Select at least one drifted, missing or extra resource.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The selection spans several sources; open one pull request per source.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The source %1 of cluster %2 is not loaded.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the object is no longer both in Git and in the cluster</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the object is no longer in the cluster</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the object is no longer in Git</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is nothing to change in Git for this selection.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PullRequestOpener</name>
    <message>
        <source>Select at least one drifted resource.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No token for %1: store one in the keychain or set %2.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SourceLoader</name>
    <message>
        <source>The source folder %1 does not exist.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Sources</name>
    <message>
        <source>workspace</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no access to %1 objects: sources they declare are not discovered</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>StateStyle</name>
    <message>
        <source>Synced</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Drifted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Missing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Extra</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ignored</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Healthy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Suspended</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Progressing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Missing</source>
        <comment>health</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Degraded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown</source>
        <comment>health</comment>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TokenStore</name>
    <message>
        <source>No keychain service is running (%1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The keychain is turned off.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This build of Driftdeck has no keychain support.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The keychain is turned off; the token was not saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The token could not be saved: no keychain service is running. Set %1 instead.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This build of Driftdeck has no keychain support; set %1 instead.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The token could not be removed from the keychain.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Wall</name>
    <message>
        <source>an unknown time</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform><numerusform>%n s</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform><numerusform>%n min</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform><numerusform>%n h</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n day</numerusform><numerusform>%n days</numerusform></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 ago</source>
        <comment>time since</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unreachable</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n drifted</source>
        <translation>
            <numerusform>%n drifted</numerusform><numerusform>%n drifted</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n missing</source>
        <translation>
            <numerusform>%n missing</numerusform><numerusform>%n missing</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n extra</source>
        <translation>
            <numerusform>%n extra</numerusform><numerusform>%n extra</numerusform></translation>
    </message>
    <message>
        <source>No resources</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>In sync</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n unknown</source>
        <translation>
            <numerusform>%n unknown</numerusform><numerusform>%n unknown</numerusform></translation>
    </message>
</context>
<context>
    <name>check</name>
    <message>
        <source>unknown state '%1' in --fail-on (use drift, missing, extra, unknown)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>drifted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>missing from the cluster</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>extra (not in Git)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ignored</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>in sync</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>✗ %1: unreachable: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>● %1: %2 resources, %3 drifted, %4 missing, %5 extra, %6 unknown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2 -&gt; %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: not in Git, live %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: Git %2, not live</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(removed in Git)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>changed by %1 at %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>changed by %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Compare what Git declares with what runs in the cluster, without a display.
Exit status: 0 nothing listed in --fail-on was found, 1 something was, 2 error.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Output format: text, json or junit.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>format</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>States that make the exit status 1 (drift, missing, extra, unknown).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>states</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keep watching and print one JSON line whenever a resource's result changes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown --format '%1' (use text, json or junit)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exact mode: ask the API server for a server-side apply dry-run of each object as the GitOps manager (needs patch rights; without them the read-only comparison is used and the resource says so).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>driftdeck::app::AppController</name>
    <message>
        <source>Open Pull Request</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Select a drifted, missing or extra resource first.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n selected resource(s) belong to another cluster or source; open a separate pull request for them.</source>
        <translation>
            <numerusform>%n selected resource belongs to another cluster or source; open a separate pull request for it.</numerusform><numerusform>%n selected resources belong to another cluster or source; open a separate pull request for them.</numerusform></translation>
    </message>
    <message>
        <source>Connect Cluster</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Driftdeck is not connected to a kubeconfig.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The cluster %1 is not connected; check it in the cluster list first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add Repository</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>driftdeck::app::DemoEnvironment</name>
    <message>
        <source>The demo could not create its temporary folder.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The demo could not write its sample repository.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The demo's sample platform is missing from this build.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The demo could not create its Git repository.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The demo could not commit its sample platform.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The demo needs kube-sim, which was not found beside driftdeck.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>kube-sim for the %1 cluster did not start.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>kube-sim for the %1 cluster did not come up.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The demo needs forge-sim, which was not found beside driftdeck.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The demo could not prepare its forge.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>forge-sim did not start.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>forge-sim did not come up.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The demo could not prepare the %1 cluster.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>driftdeck::drift</name>
    <message>
        <source>Deployment is paused</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Waiting for rollout to finish: observed deployment generation less than desired generation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deployment "%1" exceeded its progress deadline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Waiting for rollout to finish: %1 out of %2 new replicas have been updated...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Waiting for rollout to finish: %1 old replicas are pending termination...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Waiting for rollout to finish: %1 of %2 updated replicas are available...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Waiting for statefulset spec update to be observed...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Waiting for %1 pods to be ready...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>statefulset has %1 ready pods</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Waiting for partitioned roll out to finish: %1 out of %2 new pods have been updated...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>waiting for statefulset rolling update to complete %1 pods at revision %2...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Waiting for daemon set spec update to be observed...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Waiting for daemon set rollout to finish: %1 out of %2 new pods have been updated...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Waiting for daemon set rollout to finish: %1 of %2 updated pods are available...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Waiting for rollout to finish: observed replica set generation less than desired generation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Waiting for rollout to finish: %1 out of %2 new replicas are available...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pod is running but not ready</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Job is suspended</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Job is running</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CronJob is suspended</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Waiting for a load balancer address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Waiting for the claim to be bound</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The claim lost its volume</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Waiting for the autoscaler to report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reconciliation is suspended</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Waiting for the controller to observe the latest generation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Waiting for the Ready condition</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>driftdeck::drift::Comparer</name>
    <message>
        <source>The object could not be read.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reconciliation is disabled by the annotation %1: disabled.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ignored by the rule %1.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n field(s) differ from Git.</source>
        <translation>
            <numerusform>%n field differs from Git.</numerusform><numerusform>%n fields differ from Git.</numerusform></translation>
    </message>
    <message>
        <source>“%1” has an empty step.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The ignored field “%1” cannot be read: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>driftdeck::drift::FieldPath</name>
    <message>
        <source>Invalid field path “%1”</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>driftdeck::drift::Health</name>
    <message>
        <source>Pending deletion</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>driftdeck::drift::LabelSelector</name>
    <message>
        <source>Invalid label selector “%1”</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>driftdeck::drift::NamespaceScope</name>
    <message>
        <source>The manifest is not an object.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The manifest has no kind or no metadata.name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The cluster does not serve the kind %1.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>driftdeck::drift::ResourceEvaluator</name>
    <message>
        <source>Reconciliation is disabled for this object; it is not in the cluster.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The object is in Git but not in the cluster.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reconciliation is disabled for this object.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The object is no longer in Git but still belongs to this source. %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The object is not in Git and not tracked by this source.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The object is neither in Git nor in the cluster.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>driftdeck::drift::Tracker</name>
    <message>
        <source>None of the desired objects exists in the cluster yet, so objects removed from Git cannot be detected.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The live objects of this source share no Flux, Argo CD or instance marks, so objects removed from Git cannot be detected; set a label selector to find them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No ownership tracking is configured: objects removed from Git cannot be detected.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Objects labelled %1=%2 and %3=%4 belong to this source.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Objects listed in the inventory of the Flux Kustomization %1/%2 belong to this source.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Objects whose annotation %1 names the application %2 belong to this source.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Objects labelled %1=%2 belong to this source.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Objects matching the label selector %1 belong to this source.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Inferred from the live objects: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>driftdeck::git::GitMirror</name>
    <message>
        <source>The repository has not been fetched yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot open the repository mirror</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot create the cache folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot create the repository mirror</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot set up the remote</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot move the new mirror in place</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The mirror has no remote</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fetching %1 was cancelled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Authentication to %1 failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot fetch %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No branch, tag or commit named %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot list branches</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot read the commit's tree</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 does not exist at this commit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not a file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot read %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The folder %1 does not exist at this commit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot read the tree</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the server's certificate cannot be read</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the CA file %1 cannot be read or holds no PEM certificate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the certificate check could not start</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The SSH key file %1 does not exist or cannot be read</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The certificate of %1 is not trusted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The certificate of %1 is not trusted by the system or by %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The SSH host key of %1 cannot be checked (no SHA-256 fingerprint)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The SSH host key of %1 does not match %2: the server presented %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Someone may be impersonating the server. If its key was changed on purpose, replace the line for %1 in %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The SSH host key of %1 is revoked in %2: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The SSH host %1 is not in %2; it presented %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check this fingerprint with the server's administrator, then add the host (ssh-keyscan -p %1 %2 &gt;&gt; %3) and try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server refused the key %1 for the user %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>RSA keys are signed with SHA-1 here (libssh2 1.10), which OpenSSH 8.8 and later refuse; use an ed25519 or ECDSA key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No SSH key file is set and SSH_AUTH_SOCK names no SSH agent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server refused every key of the SSH agent at %1 for the user %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No SSH key file is set and the SSH agent is not used</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>driftdeck::kube</name>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reading the cluster: %1 of %2 kinds, %3 objects</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No access to %1: these are shown as Unknown.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The API groups %1 did not answer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file %1 named in the kubeconfig does not exist.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The user %1 has a client certificate without its key, or a key without its certificate.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The user %1 signs in with the legacy auth-provider “%2”, which Driftdeck does not support; switch the kubeconfig to its exec credential plugin.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The credential plugin returned an invalid answer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The kubeconfig asks for credential plugin API version “%1”, which is not supported; use client.authentication.k8s.io/v1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The credential plugin “%1” was not found, so Driftdeck cannot sign in to this cluster.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The credential plugin “%1” could not be started.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The credential plugin “%1” did not answer in time.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The credential plugin “%1” failed: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The credential plugin “%1” returned an invalid answer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The cluster sent an answer Driftdeck cannot read.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server address “%1” of cluster %2 is not an http or https URL.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The certificate authority file %1 of cluster %2 does not exist.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The address of %1 cannot be found (DNS). Check the server name in the kubeconfig, your network and your VPN.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing accepts connections at %1. Is the API server running, or does it need a VPN or a tunnel?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The TLS certificate of %1 could not be verified. Check certificate-authority (and tls-server-name) in the kubeconfig.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 did not answer in time.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The connection to %1 failed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 rejected the credentials of user %2 (401 Unauthorized). Sign in again or renew the token.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Access denied (403 Forbidden): %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The cluster answered %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The kubeconfig is not a mapping of clusters, users and contexts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The kubeconfig file %1 does not exist.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot read the kubeconfig file %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The kubeconfig file %1 is not valid: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The kubeconfig sets no current context; choose a context.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The context %1 is not in the kubeconfig.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The context %1 refers to the cluster %2, which is not in the kubeconfig.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The cluster %1 has no server address.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The context %1 refers to the user %2, which is not in the kubeconfig.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file is not valid YAML.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The cluster sent a watch event Driftdeck cannot read; it reconnects.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cluster %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file is too large (%1 KiB; the limit is %2 KiB).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file is nested too deeply (more than %1 levels).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file's aliases expand to too many values (more than %1); it may be a YAML bomb.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot read the file %1 named in the kubeconfig.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file %1 named in the kubeconfig is larger than %2 MiB; it cannot be a certificate, key or token.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file is not valid UTF-8 (line %1, column %2).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>driftdeck::manifest</name>
    <message>
        <source>The YAML parser could not be created</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The YAML parser could not read the input</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Invalid YAML</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The document is not a Kubernetes object (a mapping is expected)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The object has no apiVersion</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The object has no kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The object has no metadata.name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot create a temporary folder for rendering</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>renderer unavailable: %1 could not be started</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 did not finish within %2 seconds</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 failed (exit code %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>renderer unavailable: neither kustomize nor kubectl found</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>renderer unavailable: helm not found</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file is too large to read as manifests (%1 MiB; the limit is %2 MiB)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file is not valid UTF-8</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>driftdeck::manifest::DocumentBuilder</name>
    <message>
        <source>A mapping key is null; kubectl cannot read it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A value cannot be represented in JSON</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown alias</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A mapping key is not a scalar; kubectl cannot read it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A merge key (&lt;&lt;) needs a mapping or a list of mappings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Duplicate key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Aliases expand to too much data (more than %1 values); the document may be a YAML bomb</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The document is nested too deeply (more than %1 levels)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>driftdeck::manifest::NodeLocator</name>
    <message>
        <source>The YAML parser could not be started</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The document uses a complex mapping key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file is not valid YAML</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file has no document %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No node at %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>driftdeck::manifest::Renderer</name>
    <message>
        <source>The path leaves the repository</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The path does not exist in the repository</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unsupported renderer: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The folder does not exist</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot read a file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot write the temporary tree</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>driftdeck::models::ClusterListModel</name>
    <message>
        <source>Not connected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cluster</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>driftdeck::models::FieldChangeModel</name>
    <message>
        <source>(not set)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Git does not set this field</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The live object does not have this field</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Git</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Live</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Changed by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>driftdeck::models::ResourceTreeModel</name>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Listing resources… %1%</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Listing resources…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Live</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Degraded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Degraded: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unreachable since %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unreachable since %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Health</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(cluster-scoped)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>1 field differs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 fields differ</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>1 file failed to render</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 files failed to render</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Owned</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reading…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Created in the cluster by its owner; not declared in Git, so it has no sync state of its own.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reading the object from the cluster…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>driftdeck::resolve</name>
    <message>
        <source>%1: set to %2 (as live)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: removed (not set live)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 comes from a Helm chart; change the chart's values instead (probably %2 in values.yaml)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This field comes from a Helm chart; change the chart's values instead</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The live value of %1 was not found</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The overlay no longer renders with the edit: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>After the edit the overlay still does not render the live value of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>After the edit the overlay no longer renders %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A list element cannot be created from its merge keys</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A list element chosen by its position cannot be created</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>driftdeck::resolve::KustomizePatcher</name>
    <message>
        <source>The file that declares %1 was not found below %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The live value of %1 was not found</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The overlay %1 has no kustomization.yaml</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>patches: added %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>driftdeck::resolve::Resolver</name>
    <message>
        <source>Driftdeck never writes Secret values to Git; encrypt them with SOPS or Sealed Secrets instead</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 was not found in %2 (document %3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 cannot be edited: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The edited file does not read back cleanly; nothing was changed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The edit would change more than the selected fields (anchors, aliases or merge keys share them); nothing was changed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The edit would change another object in the file; nothing was changed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This source is rendered by a tool Driftdeck cannot edit for</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file %1 is not in the repository</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is shared with other overlays: the change is a patch in this overlay</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The live object has no kind or name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: new manifest written from the live object</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The new manifest does not read back as the live object</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>resources: added %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 cannot be removed from %2: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: removed from Git</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Removing %1 would change other objects in %2; nothing was changed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>resources: removed %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>driftdeck::resolve::YamlEditor</name>
    <message>
        <source>The file has no document %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The field %1 comes from a YAML alias; edit the anchored value instead</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not a map in Git</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not a list in Git</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The whole document cannot be removed as a field</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The document after the removed one has no '---' line</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The removed document has no '---' line</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The document root cannot be replaced</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The key's ':' was not found</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The list item's '-' was not found</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The last field of a document cannot be removed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The entry shares its line with another node and cannot be removed alone</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>driftdeck::resolve::YamlTree</name>
    <message>
        <source>The YAML parser could not be started</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The document has an empty mapping key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The document uses an alias as a mapping key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The document uses a complex mapping key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The YAML structure could not be read</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file is not valid YAML</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>driftdeck::views::AddRepositoryDialog</name>
    <message>
        <source>Add Repository</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>https://github.com/acme/platform.git or /home/me/platform</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the repository's default branch</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the repository's root folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Automatic</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Plain YAML</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Automatic uses Kustomize when the folder has a kustomization.yaml, Helm when it has a Chart.yaml, else reads every YAML file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Repository:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Branch:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Path:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Renderer:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cluster:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connect a cluster first: a repository is compared with a cluster.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter a Git URL or a local folder.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not a Git URL Driftdeck can read: use https://, ssh://, git:// or file://.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The URL “%1” names no host.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter the local folder as an absolute path (for example /home/me/platform).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not a valid branch or tag name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The path is a folder inside the repository: relative, without “..”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose the cluster this repository declares.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>added repository</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a Local Repository</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter the CA file as an absolute path.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter the SSH key file as an absolute path.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter the known_hosts file as an absolute path.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The CA file %1 does not exist.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The SSH key file %1 does not exist.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The known_hosts file %1 does not exist.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is a folder; choose a file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The CA file %1 cannot be read.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The SSH key file %1 cannot be read.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The known_hosts file %1 cannot be read.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This looks like a token: enter the name of the environment variable that holds it, not the token.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not a valid environment variable name: use letters, digits and _, not starting with a digit.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Authentication</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The name of the environment variable holding the HTTPS token (not the token itself). Empty: DRIFTDECK_GIT_TOKEN, else Git's credential helpers.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>only the system's certificate authorities</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A PEM file with the private certificate authority of a self-hosted Git server, trusted for this repository only.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a CA File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use the SSH agent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every key of the SSH agent named by SSH_AUTH_SOCK.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Key file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>for example ~/.ssh/id_ed25519</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An ed25519 or ECDSA private key; RSA keys are refused by OpenSSH 8.8 and later (docs/git.md).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose an SSH Key File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>none: the key is not encrypted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The name of the environment variable holding the key's passphrase (not the passphrase itself).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server's host key must be in this file; an unknown host is refused (docs/git.md).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a known_hosts File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Token variable:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CA file:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SSH key:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Key file:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Passphrase variable:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>known_hosts file:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Driftdeck keeps only these names and paths; it reads a token or passphrase from the environment when it fetches.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose the SSH key file, or use the SSH agent.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>driftdeck::views::DetailPane</name>
    <message>
        <source>Health: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cluster %1, source %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 at %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Declared in:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not declared in any Git source.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Applied revision %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Applied revision %1, the head of %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Applied revision %1, behind the head of %2 (%3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Owned by:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Branch %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Files that failed to render:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reading events…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Events are not readable with your permissions.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Events could not be read: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No recent events for this object.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 times</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reading the object from the cluster…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Owned by %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Created in the cluster by its owner; not declared in Git, so it has no sync state and no diff of its own.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>driftdeck::views::DiffView</name>
    <message>
        <source>Compact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fold unchanged lines</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Expand All</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Collapse All</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Previous Change</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Next Change</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Select a resource to see what differs between Git and the cluster.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>⋯ %1 unchanged lines, click to expand</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No changes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>1 change</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 changes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change %1 of %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unset Fields</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Also show live fields that Git does not set</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Also show the status written by the cluster</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Also show which field manager owns which field (metadata.managedFields)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Live side also shows:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>driftdeck::views::EmptyStateWidget</name>
    <message>
        <source>No cluster connected yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Driftdeck compares what your Git repositories declare with what runs in your Kubernetes clusters, shows every drifted field and who changed it, and opens pull requests that resolve it.&lt;br&gt;&lt;br&gt;&lt;b&gt;1.&lt;/b&gt; Connect a cluster from your kubeconfig.&lt;br&gt;&lt;b&gt;2.&lt;/b&gt; Add the Git repository that declares it, or let Driftdeck find it from the cluster's Flux or Argo CD objects.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connect a cluster…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add repository…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Try the demo</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>driftdeck::views::HistoryDialog</name>
    <message>
        <source>Drift History of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Git</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Live</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Changed by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>First seen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>still drifted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No drift has been recorded for this resource.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>driftdeck::views::MainWindow</name>
    <message>
        <source>Driftdeck</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Diff</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Connect Cluster…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connect a cluster from your kubeconfig</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Add Repository…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add the Git repository that declares a cluster</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Export Drift Report…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save the drift of the selected resources as HTML or JSON</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy as &amp;Patch</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy the selected resource's diff as a unified patch</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Filter…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only &amp;Drift</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show only drifted, missing and extra resources</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show &amp;Diff</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Follow the &amp;System</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Light</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;About Driftdeck</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Resource</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open &amp;Pull Request…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open a pull request that makes Git match the cluster for the selection</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Drift &amp;History…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Wall Display</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filter by name, kind or namespace (Ctrl+F)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All kinds</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All namespaces</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All states</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Git · %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Live · %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No clusters connected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Clusters: %1, resources: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Driftdeck: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 in %2: %3 changed by %4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 in %2 is %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>and %1 more</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New drift</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved the drift report to %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export Drift Report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>HTML report (*.html);;JSON (*.json)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Select a resource with a diff to copy it as a patch.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copied the patch to the clipboard.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>About Driftdeck</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;h3&gt;Driftdeck %1&lt;/h3&gt;&lt;p&gt;Exact, attributed drift between Git and your Kubernetes clusters, with pull requests that resolve it.&lt;/p&gt;</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>driftdeck::views::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Follow the system</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>System language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>How often Git sources are fetched again; cluster changes arrive live.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Notify when new drift appears</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>One field a line, e.g. spec.replicas or /metadata/annotations/deployment.kubernetes.io~1revision</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Theme:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Language:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fetch Git every:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ignore fields:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exact comparison (server-side dry run, needs patch rights)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Asks the cluster what applying Git would produce, as Argo CD's server-side diff and flux diff do. Nothing is written. Without patch rights the read-only comparison is used.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>driftdeck::views::PullRequestDialog</name>
    <message>
        <source>Open Pull Request</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Makes Git match the cluster %1. Resources included: %2. Source %3 (%4, branch %5).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not included:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing in this selection can be changed in Git.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open as draft</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Title:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Description:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Target branch:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Create Pull Request</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The edit to the Git files:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The pull request needs a title.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connecting to the repository…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fetching the target branch…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Creating the commit…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pushing the branch…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Opening the pull request…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This drift already has an open pull request: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pull request opened: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>driftdeck::views::WallTile</name>
    <message>
        <source>Unreachable for %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stale: last data %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Changed %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Runs %1 · branch at %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Runs %1 (branch head)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 · %2 · by %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>an unknown manager</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>driftdeck::views::WallWindow</name>
    <message>
        <source>Driftdeck wall</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Driftdeck — clusters: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No drift anywhere.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 &lt;b&gt;%2&lt;/b&gt; changed by %3 %4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>an unknown manager</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>driftdeck::workspace::Reader</name>
    <message>
        <source>%1: %2 is required</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2 must be text (put it in quotes)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>driftdeck::workspace::SourceDiscovery</name>
    <message>
        <source>GitRepository %1 was not found</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No ArtifactGenerator produces the artifact %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The artifact %1 has no copy for the path %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The artifact's source %1 is not a Git repository</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: source %2 %3 is not a Git repository</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: chart %2 comes from a Helm repository, not Git</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>driftdeck::workspace::Workspace</name>
    <message>
        <source>The workspace file is not valid YAML</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The workspace file must hold one mapping</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>kind must be Workspace</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>sources must be a list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 must be a mapping</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: the name %2 is used twice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: give either repository (a URL) or localPath</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: give branch or revision, not both</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: recurse must be true or false</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: tracking must be none, flux, argocd or labels</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: label tracking needs a selector</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: intervalSeconds must be a positive number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: do not write tokens into the workspace file; use tokenEnv</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>clusters must be a list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: sources must be a list of source names</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: unknown source %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The workspace file has problems</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot open the workspace file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot write the workspace file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: do not write the SSH key's passphrase into the workspace file; use sshPassphraseEnv</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>headless</name>
    <message>
        <source>Use this kubeconfig file only.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kubeconfig context (repeatable; default: the current context).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Workspace file naming the clusters and their sources (docs/workspace.md).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Repository URL or local path that declares the cluster.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>url|path</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Folder inside the source.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>path</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Branch, tag or commit of the source.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>rev</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Namespace for namespaced objects that name none.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>namespace</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Label selector of the objects the source owns (finds Extra objects).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>labels</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>How to render the source: auto, plain, kustomize, helm.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Seconds to wait for the first complete list of the cluster.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>seconds</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--timeout takes a positive number of seconds</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>use either --workspace or --source, not both</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>source %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no access to: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Some server-side dry runs did not answer in time; those resources are Unknown.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Render the window to a PNG file once loaded, then exit.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Window size for --screenshot, e.g. 1920x1080.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>WxH</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>User interface language (en, de, ja).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use this kubeconfig file only.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connect this kubeconfig context (repeatable).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Run 'driftdeck --help' for the options.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown command '%1'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>invalid --size '%1', expected WIDTHxHEIGHT</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The kubeconfig %1 does not exist.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>None of the files in KUBECONFIG exist (%1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No kubeconfig found: KUBECONFIG is not set and %1 does not exist.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>timed out waiting for the window to load</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot write screenshot to %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Driftdeck shows where your Kubernetes clusters drift from Git, who changed what, and opens pull requests that resolve it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Subcommands (run 'driftdeck COMMAND --help'):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>compare headless and report drift</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>turn drift into a pull request, headless</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Repository URL or local path that declares the clusters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>url|path</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Folder inside the source.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>path</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Branch, tag or commit of the source.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>rev</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Namespace for namespaced objects that name none.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>namespace</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Label selector of the objects the source owns (finds Extra objects).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>labels</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Workspace file naming the clusters and their sources.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open the multi-cluster wall display full screen.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start the demo: three emulated clusters and a sample Git repository.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Without a kubeconfig, show the empty window instead of starting the demo.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>resolve</name>
    <message>
        <source>Turn drift into a minimal Git edit and open a pull request for it, without a display.
Without --resource it takes all drift of the source. Exit status: 0 done or nothing to do, 1 some resources were refused, 2 error.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Resource to resolve as KIND/NAMESPACE/NAME (repeatable).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>resource</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Forge kind: github, gitlab or gitea (default: from the remote URL).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Forge API URL, e.g. https://git.example/api/v3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>url</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Where to push the branch (default: the source's repository).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Target branch of the pull request (default: the source's branch).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>branch</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open the pull request as a draft.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print the Git edit as a unified diff and change nothing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown --forge '%1' (use github, gitlab or gitea)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is unreachable: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>refused: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Existing pull request: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pull request: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>none of the named resources has drift to resolve</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing to resolve: Git and the cluster agree.</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>