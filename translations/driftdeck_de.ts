<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AppController</name>
    <message>
        <source>TLS verification is off for this cluster (insecure-skip-tls-verify).</source>
        <translation>Die TLS-Prüfung ist für diesen Cluster ausgeschaltet (insecure-skip-tls-verify).</translation>
    </message>
    <message>
        <source>The kubeconfig names no current context; choose one with --context.</source>
        <translation>Die kubeconfig nennt keinen aktuellen Kontext; wählen Sie einen mit --context.</translation>
    </message>
    <message>
        <source>Flux Kustomization</source>
        <translation>Flux-Kustomization</translation>
    </message>
    <message>
        <source>Argo CD Application</source>
        <translation>Argo-CD-Application</translation>
    </message>
    <message>
        <source>command line</source>
        <translation>Befehlszeile</translation>
    </message>
    <message>
        <source>added repository</source>
        <translation>hinzugefügtes Repository</translation>
    </message>
    <message>
        <source>the server's answer is not JSON</source>
        <translation>die Antwort des Servers ist kein JSON</translation>
    </message>
</context>
<context>
    <name>CredentialHelper</name>
    <message>
        <source>Git is not installed: no credential helper can be asked</source>
        <translation>Git ist nicht installiert: kein Credential-Helper kann gefragt werden</translation>
    </message>
    <message>
        <source>The Git credential helper could not be started</source>
        <translation>Der Git-Credential-Helper konnte nicht gestartet werden</translation>
    </message>
    <message>
        <source>The Git credential helper did not answer</source>
        <translation>Der Git-Credential-Helper hat nicht geantwortet</translation>
    </message>
    <message>
        <source>No credential helper has a credential for this server</source>
        <translation>Kein Credential-Helper hat Zugangsdaten für diesen Server</translation>
    </message>
</context>
<context>
    <name>DesiredStore</name>
    <message>
        <source>The object is declared more than once</source>
        <translation>Das Objekt ist mehrfach deklariert</translation>
    </message>
    <message>
        <source>The object is already declared by another source</source>
        <translation>Das Objekt ist bereits von einer anderen Quelle deklariert</translation>
    </message>
</context>
<context>
    <name>DriftEngine</name>
    <message>
        <source>cluster unreachable since %1: %2</source>
        <translation>Cluster seit %1 nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>Unknown cluster %1.</source>
        <translation>Unbekannter Cluster %1.</translation>
    </message>
    <message>
        <source>No Flux or Argo CD objects declare sources in this cluster; name one with --source or a workspace file.</source>
        <translation>Keine Flux- oder Argo-CD-Objekte deklarieren Quellen in diesem Cluster; nennen Sie eine mit --source oder einer Workspace-Datei.</translation>
    </message>
    <message>
        <source>not connected to the cluster yet</source>
        <translation>noch nicht mit dem Cluster verbunden</translation>
    </message>
    <message>
        <source>no access: the cluster does not let you list %1</source>
        <translation>kein Zugriff: der Cluster erlaubt Ihnen nicht, %1 aufzulisten</translation>
    </message>
    <message>
        <source>still listing %1</source>
        <translation>%1 wird noch aufgelistet</translation>
    </message>
    <message>
        <source>the cluster does not serve %1 (is its CRD installed?)</source>
        <translation>der Cluster stellt %1 nicht bereit (ist die CRD installiert?)</translation>
    </message>
    <message>
        <source>the cluster does not serve %1</source>
        <translation>der Cluster stellt %1 nicht bereit</translation>
    </message>
    <message>
        <source>the API server's answer is not a JSON object</source>
        <translation>die Antwort des API-Servers ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>waiting for the API server's dry run (exact mode)</source>
        <translation>wartet auf den Probelauf des API-Servers (exakter Modus)</translation>
    </message>
    <message>
        <source>Exact mode needs patch rights, which this user lacks (%1); compared without a dry run.</source>
        <translation>Der exakte Modus braucht Patch-Rechte, die diesem Benutzer fehlen (%1); ohne Probelauf verglichen.</translation>
    </message>
    <message>
        <source>The API server's dry run failed (%1); compared without it.</source>
        <translation>Der Probelauf des API-Servers ist fehlgeschlagen (%1); ohne ihn verglichen.</translation>
    </message>
</context>
<context>
    <name>DriftReport</name>
    <message>
        <source>Drift report</source>
        <translation>Abweichungsbericht</translation>
    </message>
    <message>
        <source>Generated %1</source>
        <translation>Erstellt %1</translation>
    </message>
    <message>
        <source>cluster %1, source %2</source>
        <translation>Cluster %1, Quelle %2</translation>
    </message>
    <message>
        <source>Declared in %1:%2 at %3</source>
        <translation>Deklariert in %1:%2 bei %3</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Git</source>
        <translation>Git</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>Geändert von</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
</context>
<context>
    <name>ForgeClient</name>
    <message>
        <source>A pull request for %1 already exists but could not be found.</source>
        <translation>Für %1 existiert bereits ein Pull-Request, er konnte aber nicht gefunden werden.</translation>
    </message>
    <message>
        <source>Authentication failed: %1 did not accept the token.</source>
        <translation>Authentifizierung fehlgeschlagen: %1 hat das Token nicht akzeptiert.</translation>
    </message>
    <message>
        <source>Permission denied: the token may not open pull requests in %1 on %2.</source>
        <translation>Zugriff verweigert: Das Token darf in %1 auf %2 keine Pull-Requests öffnen.</translation>
    </message>
    <message>
        <source>Not found: %1 does not exist on %2, or the token cannot see it.</source>
        <translation>Nicht gefunden: %1 existiert nicht auf %2, oder das Token hat keinen Zugriff darauf.</translation>
    </message>
    <message>
        <source>%1 had a server error (HTTP %2); try again later.</source>
        <translation>%1 hatte einen Serverfehler (HTTP %2); versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>%1 refused the pull request: %2</source>
        <translation>%1 hat den Pull-Request abgelehnt: %2</translation>
    </message>
    <message>
        <source>%1 answered with HTTP %2.</source>
        <translation>%1 antwortete mit HTTP %2.</translation>
    </message>
</context>
<context>
    <name>ForgeDetector</name>
    <message>
        <source>%1 is not a remote URL Driftdeck understands.</source>
        <translation>%1 ist keine Remote-URL, die Driftdeck versteht.</translation>
    </message>
    <message>
        <source>Driftdeck cannot tell which forge hosts %1; choose GitHub, GitLab or Gitea and give its API URL.</source>
        <translation>Driftdeck kann nicht erkennen, welche Forge %1 betreibt; wählen Sie GitHub, GitLab oder Gitea und geben Sie die API-URL an.</translation>
    </message>
    <message>
        <source>%1 does not name a repository as owner/name.</source>
        <translation>%1 bezeichnet kein Repository in der Form Besitzer/Name.</translation>
    </message>
    <message>
        <source>%1 does not name a GitLab project as group/project.</source>
        <translation>%1 bezeichnet kein GitLab-Projekt in der Form Gruppe/Projekt.</translation>
    </message>
</context>
<context>
    <name>GitHubClient</name>
    <message>
        <source>%1 sent an answer Driftdeck does not understand.</source>
        <translation>%1 hat eine Antwort gesendet, die Driftdeck nicht versteht.</translation>
    </message>
    <message>
        <source>The branch %1 does not exist in %2; push it first.</source>
        <translation>Der Branch %1 existiert nicht in %2; pushen Sie ihn zuerst.</translation>
    </message>
    <message>
        <source>The pull request was opened, but its labels could not be set.</source>
        <translation>Der Pull-Request wurde geöffnet, aber seine Labels konnten nicht gesetzt werden.</translation>
    </message>
</context>
<context>
    <name>GitLabClient</name>
    <message>
        <source>%1 sent an answer Driftdeck does not understand.</source>
        <translation>%1 hat eine Antwort gesendet, die Driftdeck nicht versteht.</translation>
    </message>
</context>
<context>
    <name>GiteaClient</name>
    <message>
        <source>%1 sent an answer Driftdeck does not understand.</source>
        <translation>%1 hat eine Antwort gesendet, die Driftdeck nicht versteht.</translation>
    </message>
    <message>
        <source>The pull request was opened; these labels do not exist in %1: %2</source>
        <translation>Der Pull-Request wurde geöffnet; diese Labels gibt es in %1 nicht: %2</translation>
    </message>
</context>
<context>
    <name>HistoryStore</name>
    <message>
        <source>The drift history could not be saved (%1).</source>
        <translation>Der Abweichungsverlauf konnte nicht gespeichert werden (%1).</translation>
    </message>
    <message>
        <source>The drift history database %1 is damaged and could not be moved aside.</source>
        <translation>Die Datenbank des Abweichungsverlaufs %1 ist beschädigt und konnte nicht beiseitegelegt werden.</translation>
    </message>
    <message>
        <source>The drift history database was damaged or locked (%1); it was moved to %2 and a new one was started.</source>
        <translation>Die Datenbank des Abweichungsverlaufs war beschädigt oder gesperrt (%1); sie wurde nach %2 verschoben und eine neue wurde angelegt.</translation>
    </message>
    <message>
        <source>The drift history database could not be opened.</source>
        <translation>Die Datenbank des Abweichungsverlaufs konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>The drift history database is damaged.</source>
        <translation>Die Datenbank des Abweichungsverlaufs ist beschädigt.</translation>
    </message>
    <message>
        <source>The drift history database is locked by another program.</source>
        <translation>Die Datenbank des Abweichungsverlaufs ist durch ein anderes Programm gesperrt.</translation>
    </message>
    <message>
        <source>The drift history database could not be prepared.</source>
        <translation>Die Datenbank des Abweichungsverlaufs konnte nicht vorbereitet werden.</translation>
    </message>
</context>
<context>
    <name>HttpTransport</name>
    <message>
        <source>The network library could not be started.</source>
        <translation>Die Netzwerkbibliothek konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <source>Network unreachable: could not reach %1.</source>
        <translation>Netzwerk nicht erreichbar: %1 konnte nicht erreicht werden.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: its certificate could not be verified.</source>
        <translation>Die sichere Verbindung zu %1 ist fehlgeschlagen: Das Zertifikat konnte nicht überprüft werden.</translation>
    </message>
    <message>
        <source>The request to %1 failed.</source>
        <translation>Die Anfrage an %1 ist fehlgeschlagen.</translation>
    </message>
</context>
<context>
    <name>OwnedObjects</name>
    <message>
        <source>Cannot read the %1: the server's answer is not JSON.</source>
        <translation>%1 kann nicht gelesen werden: Die Antwort des Servers ist kein JSON.</translation>
    </message>
    <message>
        <source>Cannot read the %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>Publisher</name>
    <message>
        <source>The path %1 cannot be written in a repository.</source>
        <translation>Der Pfad %1 kann in einem Repository nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>The new content of %1 could not be stored.</source>
        <translation>Der neue Inhalt von %1 konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>The edit could not be applied to the repository tree.</source>
        <translation>Die Bearbeitung konnte nicht auf den Repository-Baum angewendet werden.</translation>
    </message>
    <message>
        <source>There is nothing to publish: the change edits no file.</source>
        <translation>Es gibt nichts zu veröffentlichen: Die Änderung bearbeitet keine Datei.</translation>
    </message>
    <message>
        <source>Choose the branch the pull request should target.</source>
        <translation>Wählen Sie den Ziel-Branch des Pull-Requests.</translation>
    </message>
    <message>
        <source>The repository %1 could not be opened.</source>
        <translation>Das Repository %1 konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>The remote of %1 could not be found.</source>
        <translation>Das Remote von %1 wurde nicht gefunden.</translation>
    </message>
    <message>
        <source>Authentication failed: %1 did not accept the credentials.</source>
        <translation>Authentifizierung fehlgeschlagen: %1 hat die Anmeldedaten nicht akzeptiert.</translation>
    </message>
    <message>
        <source>Permission denied: these credentials may not push to %1.</source>
        <translation>Zugriff verweigert: Mit diesen Anmeldedaten darf nicht nach %1 gepusht werden.</translation>
    </message>
    <message>
        <source>Not found: %1 does not exist or these credentials cannot see it.</source>
        <translation>Nicht gefunden: %1 existiert nicht, oder diese Anmeldedaten haben keinen Zugriff darauf.</translation>
    </message>
    <message>
        <source>The certificate of %1 could not be verified.</source>
        <translation>Das Zertifikat von %1 konnte nicht überprüft werden.</translation>
    </message>
    <message>
        <source>Network unreachable: could not connect to %1.</source>
        <translation>Netzwerk nicht erreichbar: Keine Verbindung zu %1 möglich.</translation>
    </message>
    <message>
        <source>Git could not talk to %1.</source>
        <translation>Git konnte nicht mit %1 kommunizieren.</translation>
    </message>
    <message>
        <source>The branch %1 does not exist on %2.</source>
        <translation>Der Branch %1 existiert nicht auf %2.</translation>
    </message>
    <message>
        <source>The branch %1 on %2 carries commits that Driftdeck did not make for this change; it was left untouched. Delete or rename that branch to publish this change.</source>
        <translation>Der Branch %1 auf %2 enthält Commits, die Driftdeck nicht für diese Änderung erstellt hat; er wurde nicht verändert. Löschen oder benennen Sie diesen Branch um, um diese Änderung zu veröffentlichen.</translation>
    </message>
    <message>
        <source>The tip of %1 could not be read.</source>
        <translation>Der neueste Commit von %1 konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The edit changes nothing: %1 already has this content.</source>
        <translation>Die Bearbeitung ändert nichts: %1 hat diesen Inhalt bereits.</translation>
    </message>
    <message>
        <source>The edited tree could not be read back.</source>
        <translation>Der bearbeitete Baum konnte nicht zurückgelesen werden.</translation>
    </message>
    <message>
        <source>No Git identity is configured; set user.name and user.email.</source>
        <translation>Es ist keine Git-Identität konfiguriert; setzen Sie user.name und user.email.</translation>
    </message>
    <message>
        <source>The commit could not be created.</source>
        <translation>Der Commit konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <source>The branch %1 could not be created.</source>
        <translation>Der Branch %1 konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The push of %1 was refused as a non-fast-forward update: the branch changed on %2 meanwhile.</source>
        <translation>Der Push von %1 wurde als Nicht-Fast-Forward-Aktualisierung abgelehnt: Der Branch hat sich auf %2 inzwischen geändert.</translation>
    </message>
    <message>
        <source>The push of %1 was refused as a non-fast-forward update: %2</source>
        <translation>Der Push von %1 wurde als Nicht-Fast-Forward-Aktualisierung abgelehnt: %2</translation>
    </message>
    <message>
        <source>%1 refused the branch %2 (it may be protected): %3</source>
        <translation>%1 hat den Branch %2 abgelehnt (er ist möglicherweise geschützt): %3</translation>
    </message>
    <message>
        <source>%1 could not be read on %2.</source>
        <translation>%1 konnte auf %2 nicht gelesen werden.</translation>
    </message>
    <message>
        <source>%1 changed on %2 after the edit was prepared; refresh and review the edit again.</source>
        <translation>%1 wurde auf %2 geändert, nachdem die Bearbeitung vorbereitet wurde; aktualisieren Sie und prüfen Sie die Bearbeitung erneut.</translation>
    </message>
    <message>
        <source>The branch %1 changed on %2 while Driftdeck was preparing its commit; nothing was pushed. Try again.</source>
        <translation>Der Branch %1 hat sich auf %2 geändert, während Driftdeck seinen Commit vorbereitet hat; es wurde nichts gepusht. Versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>PullRequestBody</name>
    <message>
        <source>Make Git match the cluster</source>
        <translation>Git an den Cluster angleichen</translation>
    </message>
    <message>
        <source>Make Git match %1 in %2</source>
        <translation>Git an %1 in %2 angleichen</translation>
    </message>
    <message numerus="yes">
        <source>Make Git match %n resources in %1</source>
        <translation>
            <numerusform>Git an %n Ressource in %1 angleichen</numerusform><numerusform>Git an %n Ressourcen in %1 angleichen</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Make Git match %n resources</source>
        <translation>
            <numerusform>Git an %n Ressource angleichen</numerusform><numerusform>Git an %n Ressourcen angleichen</numerusform></translation>
    </message>
    <message>
        <source>Driftdeck found that the live state in cluster %1 differs from Git. This pull request makes Git match the live values below.</source>
        <translation>Driftdeck hat festgestellt, dass der Live-Zustand im Cluster %1 von Git abweicht. Dieser Pull-Request gleicht Git an die unten aufgeführten Live-Werte an.</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(nicht gesetzt)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Cluster: %1</source>
        <translation>Cluster: %1</translation>
    </message>
    <message>
        <source>%1 line %2</source>
        <translation>%1 Zeile %2</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 bei %2</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Quelle: %1</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Git value</source>
        <translation>Wert in Git</translation>
    </message>
    <message>
        <source>Live value</source>
        <translation>Live-Wert</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>Geändert von</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Opened by Driftdeck %1. Review the change before merging.</source>
        <translation>Geöffnet von Driftdeck %1. Prüfen Sie die Änderung vor dem Zusammenführen.</translation>
    </message>
</context>
<context>
    <name>PullRequestFlow</name>
    <message>
        <source>Select at least one drifted, missing or extra resource.</source>
        <translation>Wählen Sie mindestens eine abgewichene, fehlende oder überzählige Ressource.</translation>
    </message>
    <message>
        <source>The selection spans several sources; open one pull request per source.</source>
        <translation>Die Auswahl umfasst mehrere Quellen; öffnen Sie einen Pull Request pro Quelle.</translation>
    </message>
    <message>
        <source>The source %1 of cluster %2 is not loaded.</source>
        <translation>Die Quelle %1 des Clusters %2 ist nicht geladen.</translation>
    </message>
    <message>
        <source>the object is no longer both in Git and in the cluster</source>
        <translation>das Objekt ist nicht mehr sowohl in Git als auch im Cluster</translation>
    </message>
    <message>
        <source>the object is no longer in the cluster</source>
        <translation>das Objekt ist nicht mehr im Cluster</translation>
    </message>
    <message>
        <source>the object is no longer in Git</source>
        <translation>das Objekt ist nicht mehr in Git</translation>
    </message>
    <message>
        <source>There is nothing to change in Git for this selection.</source>
        <translation>Für diese Auswahl gibt es in Git nichts zu ändern.</translation>
    </message>
</context>
<context>
    <name>PullRequestOpener</name>
    <message>
        <source>Select at least one drifted resource.</source>
        <translation>Wählen Sie mindestens eine abweichende Ressource aus.</translation>
    </message>
    <message>
        <source>No token for %1: store one in the keychain or set %2.</source>
        <translation>Kein Token für %1: Speichern Sie eines im Schlüsselbund oder setzen Sie %2.</translation>
    </message>
</context>
<context>
    <name>SourceLoader</name>
    <message>
        <source>The source folder %1 does not exist.</source>
        <translation>Der Quellordner %1 existiert nicht.</translation>
    </message>
</context>
<context>
    <name>Sources</name>
    <message>
        <source>workspace</source>
        <translation>Workspace</translation>
    </message>
    <message>
        <source>no access to %1 objects: sources they declare are not discovered</source>
        <translation>kein Zugriff auf %1-Objekte: die darin deklarierten Quellen werden nicht gefunden</translation>
    </message>
</context>
<context>
    <name>StateStyle</name>
    <message>
        <source>Synced</source>
        <translation>Synchron</translation>
    </message>
    <message>
        <source>Drifted</source>
        <translation>Abgewichen</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Fehlt</translation>
    </message>
    <message>
        <source>Extra</source>
        <translation>Überzählig</translation>
    </message>
    <message>
        <source>Ignored</source>
        <translation>Ignoriert</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Healthy</source>
        <translation>Gesund</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <source>Progressing</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <source>Missing</source>
        <comment>health</comment>
        <translation>Fehlt</translation>
    </message>
    <message>
        <source>Degraded</source>
        <translation>Beeinträchtigt</translation>
    </message>
    <message>
        <source>Unknown</source>
        <comment>health</comment>
        <translation>Unbekannt</translation>
    </message>
</context>
<context>
    <name>TokenStore</name>
    <message>
        <source>No keychain service is running (%1).</source>
        <translation>Es läuft kein Schlüsselbunddienst (%1).</translation>
    </message>
    <message>
        <source>The keychain is turned off.</source>
        <translation>Der Schlüsselbund ist ausgeschaltet.</translation>
    </message>
    <message>
        <source>This build of Driftdeck has no keychain support.</source>
        <translation>Diese Version von Driftdeck unterstützt keinen Schlüsselbund.</translation>
    </message>
    <message>
        <source>The keychain is turned off; the token was not saved.</source>
        <translation>Der Schlüsselbund ist ausgeschaltet; das Token wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>The token could not be saved: no keychain service is running. Set %1 instead.</source>
        <translation>Das Token konnte nicht gespeichert werden: Es läuft kein Schlüsselbunddienst. Setzen Sie stattdessen %1.</translation>
    </message>
    <message>
        <source>This build of Driftdeck has no keychain support; set %1 instead.</source>
        <translation>Diese Version von Driftdeck unterstützt keinen Schlüsselbund; setzen Sie stattdessen %1.</translation>
    </message>
    <message>
        <source>The token could not be removed from the keychain.</source>
        <translation>Das Token konnte nicht aus dem Schlüsselbund entfernt werden.</translation>
    </message>
</context>
<context>
    <name>Wall</name>
    <message>
        <source>an unknown time</source>
        <translation>unbekannte Zeit</translation>
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
            <numerusform>%n Tag</numerusform><numerusform>%n Tagen</numerusform></translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <comment>time since</comment>
        <translation>vor %1</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>Nicht erreichbar</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbinde …</translation>
    </message>
    <message numerus="yes">
        <source>%n drifted</source>
        <translation>
            <numerusform>%n abgewichen</numerusform><numerusform>%n abgewichen</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n missing</source>
        <translation>
            <numerusform>%n fehlt</numerusform><numerusform>%n fehlen</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n extra</source>
        <translation>
            <numerusform>%n überzählig</numerusform><numerusform>%n überzählig</numerusform></translation>
    </message>
    <message>
        <source>No resources</source>
        <translation>Keine Ressourcen</translation>
    </message>
    <message>
        <source>In sync</source>
        <translation>Synchron</translation>
    </message>
    <message numerus="yes">
        <source>%n unknown</source>
        <translation>
            <numerusform>%n unbekannt</numerusform><numerusform>%n unbekannt</numerusform></translation>
    </message>
</context>
<context>
    <name>check</name>
    <message>
        <source>Compare what Git declares with what runs in the cluster, without a display.
Exit status: 0 nothing listed in --fail-on was found, 1 something was, 2 error.</source>
        <translation>Vergleicht, was Git deklariert, mit dem, was im Cluster läuft, ohne Bildschirm.
Exit-Status: 0 nichts aus --fail-on gefunden, 1 etwas gefunden, 2 Fehler.</translation>
    </message>
    <message>
        <source>Output format: text, json or junit.</source>
        <translation>Ausgabeformat: text, json oder junit.</translation>
    </message>
    <message>
        <source>format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>States that make the exit status 1 (drift, missing, extra, unknown).</source>
        <translation>Zustände, die den Exit-Status 1 ergeben (drift, missing, extra, unknown).</translation>
    </message>
    <message>
        <source>states</source>
        <translation>Zustände</translation>
    </message>
    <message>
        <source>Keep watching and print one JSON line whenever a resource's result changes.</source>
        <translation>Weiter beobachten und eine JSON-Zeile ausgeben, sobald sich das Ergebnis einer Ressource ändert.</translation>
    </message>
    <message>
        <source>unknown --format '%1' (use text, json or junit)</source>
        <translation>unbekanntes --format '%1' (text, json oder junit verwenden)</translation>
    </message>
    <message>
        <source>unknown state '%1' in --fail-on (use drift, missing, extra, unknown)</source>
        <translation>unbekannter Zustand '%1' in --fail-on (drift, missing, extra, unknown verwenden)</translation>
    </message>
    <message>
        <source>drifted</source>
        <translation>abgewichen</translation>
    </message>
    <message>
        <source>missing from the cluster</source>
        <translation>fehlt im Cluster</translation>
    </message>
    <message>
        <source>extra (not in Git)</source>
        <translation>überzählig (nicht in Git)</translation>
    </message>
    <message>
        <source>ignored</source>
        <translation>ignoriert</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>in sync</source>
        <translation>synchron</translation>
    </message>
    <message>
        <source>✗ %1: unreachable: %2</source>
        <translation>✗ %1: nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>● %1: %2 resources, %3 drifted, %4 missing, %5 extra, %6 unknown</source>
        <translation>● %1: %2 Ressourcen, %3 abgewichen, %4 fehlen, %5 überzählig, %6 unbekannt</translation>
    </message>
    <message>
        <source>%1: %2 -&gt; %3</source>
        <translation>%1: %2 -&gt; %3</translation>
    </message>
    <message>
        <source>%1: not in Git, live %2</source>
        <translation>%1: nicht in Git, im Cluster %2</translation>
    </message>
    <message>
        <source>%1: Git %2, not live</source>
        <translation>%1: Git %2, nicht im Cluster</translation>
    </message>
    <message>
        <source>(removed in Git)</source>
        <translation>(in Git entfernt)</translation>
    </message>
    <message>
        <source>changed by %1 at %2</source>
        <translation>geändert von %1 um %2</translation>
    </message>
    <message>
        <source>changed by %1</source>
        <translation>geändert von %1</translation>
    </message>
    <message>
        <source>Exact mode: ask the API server for a server-side apply dry-run of each object as the GitOps manager (needs patch rights; without them the read-only comparison is used and the resource says so).</source>
        <translation>Exakter Modus: den API-Server für jedes Objekt um einen serverseitigen Apply-Probelauf als GitOps-Manager bitten (braucht Patch-Rechte; ohne sie wird lesend verglichen und die Ressource sagt es).</translation>
    </message>
</context>
<context>
    <name>driftdeck::app::AppController</name>
    <message>
        <source>Open Pull Request</source>
        <translation>Pull Request öffnen</translation>
    </message>
    <message>
        <source>Select a drifted, missing or extra resource first.</source>
        <translation>Wählen Sie zuerst eine abgewichene, fehlende oder überzählige Ressource.</translation>
    </message>
    <message numerus="yes">
        <source>%n selected resource(s) belong to another cluster or source; open a separate pull request for them.</source>
        <translation>
            <numerusform>%n ausgewählte Ressource gehört zu einem anderen Cluster oder einer anderen Quelle; öffnen Sie dafür einen eigenen Pull Request.</numerusform><numerusform>%n ausgewählte Ressourcen gehören zu einem anderen Cluster oder einer anderen Quelle; öffnen Sie dafür einen eigenen Pull Request.</numerusform></translation>
    </message>
    <message>
        <source>Connect Cluster</source>
        <translation>Cluster verbinden</translation>
    </message>
    <message>
        <source>Driftdeck is not connected to a kubeconfig.</source>
        <translation>Driftdeck ist mit keiner kubeconfig verbunden.</translation>
    </message>
    <message>
        <source>The cluster %1 is not connected; check it in the cluster list first.</source>
        <translation>Der Cluster %1 ist nicht verbunden; haken Sie ihn zuerst in der Clusterliste an.</translation>
    </message>
    <message>
        <source>Add Repository</source>
        <translation>Repository hinzufügen</translation>
    </message>
</context>
<context>
    <name>driftdeck::app::DemoEnvironment</name>
    <message>
        <source>The demo could not create its temporary folder.</source>
        <translation>Die Demo konnte ihren temporären Ordner nicht anlegen.</translation>
    </message>
    <message>
        <source>The demo could not write its sample repository.</source>
        <translation>Die Demo konnte ihr Beispiel-Repository nicht schreiben.</translation>
    </message>
    <message>
        <source>The demo's sample platform is missing from this build.</source>
        <translation>Die Beispielplattform der Demo fehlt in diesem Build.</translation>
    </message>
    <message>
        <source>The demo could not create its Git repository.</source>
        <translation>Die Demo konnte ihr Git-Repository nicht anlegen.</translation>
    </message>
    <message>
        <source>The demo could not commit its sample platform.</source>
        <translation>Die Demo konnte ihre Beispielplattform nicht committen.</translation>
    </message>
    <message>
        <source>The demo needs kube-sim, which was not found beside driftdeck.</source>
        <translation>Die Demo braucht kube-sim, das neben driftdeck nicht gefunden wurde.</translation>
    </message>
    <message>
        <source>kube-sim for the %1 cluster did not start.</source>
        <translation>kube-sim für den Cluster %1 ist nicht gestartet.</translation>
    </message>
    <message>
        <source>kube-sim for the %1 cluster did not come up.</source>
        <translation>kube-sim für den Cluster %1 wurde nicht bereit.</translation>
    </message>
    <message>
        <source>The demo needs forge-sim, which was not found beside driftdeck.</source>
        <translation>Die Demo braucht forge-sim, das neben driftdeck nicht gefunden wurde.</translation>
    </message>
    <message>
        <source>The demo could not prepare its forge.</source>
        <translation>Die Demo konnte ihre Forge nicht vorbereiten.</translation>
    </message>
    <message>
        <source>forge-sim did not start.</source>
        <translation>forge-sim ist nicht gestartet.</translation>
    </message>
    <message>
        <source>forge-sim did not come up.</source>
        <translation>forge-sim wurde nicht bereit.</translation>
    </message>
    <message>
        <source>The demo could not prepare the %1 cluster.</source>
        <translation>Die Demo konnte den Cluster %1 nicht vorbereiten.</translation>
    </message>
</context>
<context>
    <name>driftdeck::drift</name>
    <message>
        <source>Deployment is paused</source>
        <translation>Deployment ist pausiert</translation>
    </message>
    <message>
        <source>Waiting for rollout to finish: observed deployment generation less than desired generation</source>
        <translation>Warte auf den Abschluss des Rollouts: beobachtete Deployment-Generation kleiner als gewünschte Generation</translation>
    </message>
    <message>
        <source>Deployment "%1" exceeded its progress deadline</source>
        <translation>Deployment „%1“ hat seine Fortschrittsfrist überschritten</translation>
    </message>
    <message>
        <source>Waiting for rollout to finish: %1 out of %2 new replicas have been updated...</source>
        <translation>Warte auf den Abschluss des Rollouts: %1 von %2 neuen Replikas wurden aktualisiert …</translation>
    </message>
    <message>
        <source>Waiting for rollout to finish: %1 old replicas are pending termination...</source>
        <translation>Warte auf den Abschluss des Rollouts: %1 alte Replikas warten auf Beendigung …</translation>
    </message>
    <message>
        <source>Waiting for rollout to finish: %1 of %2 updated replicas are available...</source>
        <translation>Warte auf den Abschluss des Rollouts: %1 von %2 aktualisierten Replikas sind verfügbar …</translation>
    </message>
    <message>
        <source>Waiting for statefulset spec update to be observed...</source>
        <translation>Warte, bis die Spezifikationsänderung des StatefulSets beobachtet wird …</translation>
    </message>
    <message>
        <source>Waiting for %1 pods to be ready...</source>
        <translation>Warte, bis %1 Pods bereit sind …</translation>
    </message>
    <message>
        <source>statefulset has %1 ready pods</source>
        <translation>StatefulSet hat %1 bereite Pods</translation>
    </message>
    <message>
        <source>Waiting for partitioned roll out to finish: %1 out of %2 new pods have been updated...</source>
        <translation>Warte auf den Abschluss des partitionierten Rollouts: %1 von %2 neuen Pods wurden aktualisiert …</translation>
    </message>
    <message>
        <source>waiting for statefulset rolling update to complete %1 pods at revision %2...</source>
        <translation>Warte auf den Abschluss des Rolling Updates: %1 Pods auf Revision %2 …</translation>
    </message>
    <message>
        <source>Waiting for daemon set spec update to be observed...</source>
        <translation>Warte, bis die Spezifikationsänderung des DaemonSets beobachtet wird …</translation>
    </message>
    <message>
        <source>Waiting for daemon set rollout to finish: %1 out of %2 new pods have been updated...</source>
        <translation>Warte auf den Abschluss des DaemonSet-Rollouts: %1 von %2 neuen Pods wurden aktualisiert …</translation>
    </message>
    <message>
        <source>Waiting for daemon set rollout to finish: %1 of %2 updated pods are available...</source>
        <translation>Warte auf den Abschluss des DaemonSet-Rollouts: %1 von %2 aktualisierten Pods sind verfügbar …</translation>
    </message>
    <message>
        <source>Waiting for rollout to finish: observed replica set generation less than desired generation</source>
        <translation>Warte auf den Abschluss des Rollouts: beobachtete ReplicaSet-Generation kleiner als gewünschte Generation</translation>
    </message>
    <message>
        <source>Waiting for rollout to finish: %1 out of %2 new replicas are available...</source>
        <translation>Warte auf den Abschluss des Rollouts: %1 von %2 neuen Replikas sind verfügbar …</translation>
    </message>
    <message>
        <source>Pod is running but not ready</source>
        <translation>Pod läuft, ist aber nicht bereit</translation>
    </message>
    <message>
        <source>Job is suspended</source>
        <translation>Job ist angehalten</translation>
    </message>
    <message>
        <source>Job is running</source>
        <translation>Job läuft</translation>
    </message>
    <message>
        <source>CronJob is suspended</source>
        <translation>CronJob ist angehalten</translation>
    </message>
    <message>
        <source>Waiting for a load balancer address</source>
        <translation>Warte auf eine Load-Balancer-Adresse</translation>
    </message>
    <message>
        <source>Waiting for the claim to be bound</source>
        <translation>Warte auf die Bindung des Claims</translation>
    </message>
    <message>
        <source>The claim lost its volume</source>
        <translation>Der Claim hat sein Volume verloren</translation>
    </message>
    <message>
        <source>Waiting for the autoscaler to report</source>
        <translation>Warte auf den ersten Bericht des Autoscalers</translation>
    </message>
    <message>
        <source>Reconciliation is suspended</source>
        <translation>Der Abgleich ist angehalten</translation>
    </message>
    <message>
        <source>Waiting for the controller to observe the latest generation</source>
        <translation>Warte, bis der Controller die neueste Generation beobachtet</translation>
    </message>
    <message>
        <source>Waiting for the Ready condition</source>
        <translation>Warte auf die Ready-Bedingung</translation>
    </message>
</context>
<context>
    <name>driftdeck::drift::Comparer</name>
    <message>
        <source>The object could not be read.</source>
        <translation>Das Objekt konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Reconciliation is disabled by the annotation %1: disabled.</source>
        <translation>Der Abgleich ist durch die Annotation %1: disabled abgeschaltet.</translation>
    </message>
    <message>
        <source>Ignored by the rule %1.</source>
        <translation>Ignoriert durch die Regel %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) differ from Git.</source>
        <translation>
            <numerusform>%n Feld weicht von Git ab.</numerusform><numerusform>%n Felder weichen von Git ab.</numerusform></translation>
    </message>
    <message>
        <source>“%1” has an empty step.</source>
        <translation>„%1“ enthält einen leeren Schritt.</translation>
    </message>
    <message>
        <source>The ignored field “%1” cannot be read: %2</source>
        <translation>Das ignorierte Feld „%1“ ist nicht lesbar: %2</translation>
    </message>
</context>
<context>
    <name>driftdeck::drift::FieldPath</name>
    <message>
        <source>Invalid field path “%1”</source>
        <translation>Ungültiger Feldpfad „%1“</translation>
    </message>
</context>
<context>
    <name>driftdeck::drift::Health</name>
    <message>
        <source>Pending deletion</source>
        <translation>Löschung ausstehend</translation>
    </message>
</context>
<context>
    <name>driftdeck::drift::LabelSelector</name>
    <message>
        <source>Invalid label selector “%1”</source>
        <translation>Ungültiger Label-Selektor „%1“</translation>
    </message>
</context>
<context>
    <name>driftdeck::drift::NamespaceScope</name>
    <message>
        <source>The manifest is not an object.</source>
        <translation>Das Manifest ist kein Objekt.</translation>
    </message>
    <message>
        <source>The manifest has no kind or no metadata.name.</source>
        <translation>Dem Manifest fehlt kind oder metadata.name.</translation>
    </message>
    <message>
        <source>The cluster does not serve the kind %1.</source>
        <translation>Der Cluster stellt die Art %1 nicht bereit.</translation>
    </message>
</context>
<context>
    <name>driftdeck::drift::ResourceEvaluator</name>
    <message>
        <source>Reconciliation is disabled for this object; it is not in the cluster.</source>
        <translation>Der Abgleich ist für dieses Objekt abgeschaltet; es ist nicht im Cluster.</translation>
    </message>
    <message>
        <source>The object is in Git but not in the cluster.</source>
        <translation>Das Objekt ist in Git, aber nicht im Cluster.</translation>
    </message>
    <message>
        <source>Reconciliation is disabled for this object.</source>
        <translation>Der Abgleich ist für dieses Objekt abgeschaltet.</translation>
    </message>
    <message>
        <source>The object is no longer in Git but still belongs to this source. %1</source>
        <translation>Das Objekt ist nicht mehr in Git, gehört aber noch zu dieser Quelle. %1</translation>
    </message>
    <message>
        <source>The object is not in Git and not tracked by this source.</source>
        <translation>Das Objekt ist nicht in Git und wird von dieser Quelle nicht verfolgt.</translation>
    </message>
    <message>
        <source>The object is neither in Git nor in the cluster.</source>
        <translation>Das Objekt ist weder in Git noch im Cluster.</translation>
    </message>
</context>
<context>
    <name>driftdeck::drift::Tracker</name>
    <message>
        <source>None of the desired objects exists in the cluster yet, so objects removed from Git cannot be detected.</source>
        <translation>Noch keines der gewünschten Objekte existiert im Cluster, daher können aus Git entfernte Objekte nicht erkannt werden.</translation>
    </message>
    <message>
        <source>The live objects of this source share no Flux, Argo CD or instance marks, so objects removed from Git cannot be detected; set a label selector to find them.</source>
        <translation>Die Live-Objekte dieser Quelle tragen keine gemeinsamen Flux-, Argo-CD- oder Instanz-Markierungen, daher können aus Git entfernte Objekte nicht erkannt werden; legen Sie einen Label-Selektor fest, um sie zu finden.</translation>
    </message>
    <message>
        <source>No ownership tracking is configured: objects removed from Git cannot be detected.</source>
        <translation>Keine Zugehörigkeitsverfolgung eingerichtet: aus Git entfernte Objekte können nicht erkannt werden.</translation>
    </message>
    <message>
        <source>Objects labelled %1=%2 and %3=%4 belong to this source.</source>
        <translation>Objekte mit den Labels %1=%2 und %3=%4 gehören zu dieser Quelle.</translation>
    </message>
    <message>
        <source>Objects listed in the inventory of the Flux Kustomization %1/%2 belong to this source.</source>
        <translation>Objekte im Inventar der Flux-Kustomization %1/%2 gehören zu dieser Quelle.</translation>
    </message>
    <message>
        <source>Objects whose annotation %1 names the application %2 belong to this source.</source>
        <translation>Objekte, deren Annotation %1 die Anwendung %2 nennt, gehören zu dieser Quelle.</translation>
    </message>
    <message>
        <source>Objects labelled %1=%2 belong to this source.</source>
        <translation>Objekte mit dem Label %1=%2 gehören zu dieser Quelle.</translation>
    </message>
    <message>
        <source>Objects matching the label selector %1 belong to this source.</source>
        <translation>Objekte, auf die der Label-Selektor %1 passt, gehören zu dieser Quelle.</translation>
    </message>
    <message>
        <source>Inferred from the live objects: %1</source>
        <translation>Aus den Live-Objekten abgeleitet: %1</translation>
    </message>
</context>
<context>
    <name>driftdeck::git::GitMirror</name>
    <message>
        <source>The repository has not been fetched yet</source>
        <translation>Das Repository wurde noch nicht abgerufen</translation>
    </message>
    <message>
        <source>Cannot open the repository mirror</source>
        <translation>Repository-Spiegel kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Cannot create the cache folder</source>
        <translation>Cache-Ordner kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>Cannot create the repository mirror</source>
        <translation>Repository-Spiegel kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>Cannot set up the remote</source>
        <translation>Remote kann nicht eingerichtet werden</translation>
    </message>
    <message>
        <source>Cannot move the new mirror in place</source>
        <translation>Der neue Spiegel kann nicht an seinen Platz verschoben werden</translation>
    </message>
    <message>
        <source>The mirror has no remote</source>
        <translation>Der Spiegel hat kein Remote</translation>
    </message>
    <message>
        <source>Fetching %1 was cancelled</source>
        <translation>Abruf von %1 wurde abgebrochen</translation>
    </message>
    <message>
        <source>Authentication to %1 failed</source>
        <translation>Anmeldung bei %1 fehlgeschlagen</translation>
    </message>
    <message>
        <source>Cannot fetch %1</source>
        <translation>%1 kann nicht abgerufen werden</translation>
    </message>
    <message>
        <source>No branch, tag or commit named %1</source>
        <translation>Kein Branch, Tag oder Commit namens %1</translation>
    </message>
    <message>
        <source>Cannot list branches</source>
        <translation>Branches können nicht aufgelistet werden</translation>
    </message>
    <message>
        <source>Cannot read the commit's tree</source>
        <translation>Der Baum des Commits kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>%1 does not exist at this commit</source>
        <translation>%1 existiert in diesem Commit nicht</translation>
    </message>
    <message>
        <source>%1 is not a file</source>
        <translation>%1 ist keine Datei</translation>
    </message>
    <message>
        <source>Cannot read %1</source>
        <translation>%1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>The folder %1 does not exist at this commit</source>
        <translation>Der Ordner %1 existiert in diesem Commit nicht</translation>
    </message>
    <message>
        <source>Cannot read the tree</source>
        <translation>Der Baum kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>the server's certificate cannot be read</source>
        <translation>das Zertifikat des Servers kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>the CA file %1 cannot be read or holds no PEM certificate</source>
        <translation>die CA-Datei %1 kann nicht gelesen werden oder enthält kein PEM-Zertifikat</translation>
    </message>
    <message>
        <source>the certificate check could not start</source>
        <translation>die Zertifikatsprüfung konnte nicht starten</translation>
    </message>
    <message>
        <source>The SSH key file %1 does not exist or cannot be read</source>
        <translation>Die SSH-Schlüsseldatei %1 existiert nicht oder kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>The certificate of %1 is not trusted</source>
        <translation>Dem Zertifikat von %1 wird nicht vertraut</translation>
    </message>
    <message>
        <source>The certificate of %1 is not trusted by the system or by %2</source>
        <translation>Dem Zertifikat von %1 vertrauen weder das System noch %2</translation>
    </message>
    <message>
        <source>The SSH host key of %1 cannot be checked (no SHA-256 fingerprint)</source>
        <translation>Der SSH-Hostschlüssel von %1 kann nicht geprüft werden (kein SHA-256-Fingerabdruck)</translation>
    </message>
    <message>
        <source>The SSH host key of %1 does not match %2: the server presented %3</source>
        <translation>Der SSH-Hostschlüssel von %1 passt nicht zu %2: der Server zeigte %3</translation>
    </message>
    <message>
        <source>Someone may be impersonating the server. If its key was changed on purpose, replace the line for %1 in %2.</source>
        <translation>Möglicherweise gibt sich jemand als dieser Server aus. Wurde sein Schlüssel absichtlich geändert, ersetzen Sie die Zeile für %1 in %2.</translation>
    </message>
    <message>
        <source>The SSH host key of %1 is revoked in %2: %3</source>
        <translation>Der SSH-Hostschlüssel von %1 ist in %2 widerrufen: %3</translation>
    </message>
    <message>
        <source>The SSH host %1 is not in %2; it presented %3</source>
        <translation>Der SSH-Host %1 steht nicht in %2; er zeigte %3</translation>
    </message>
    <message>
        <source>Check this fingerprint with the server's administrator, then add the host (ssh-keyscan -p %1 %2 &gt;&gt; %3) and try again.</source>
        <translation>Prüfen Sie diesen Fingerabdruck mit der Administration des Servers, fügen Sie dann den Host hinzu (ssh-keyscan -p %1 %2 &gt;&gt; %3) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The server refused the key %1 for the user %2</source>
        <translation>Der Server hat den Schlüssel %1 für den Benutzer %2 abgelehnt</translation>
    </message>
    <message>
        <source>RSA keys are signed with SHA-1 here (libssh2 1.10), which OpenSSH 8.8 and later refuse; use an ed25519 or ECDSA key</source>
        <translation>RSA-Schlüssel werden hier mit SHA-1 signiert (libssh2 1.10), was OpenSSH ab 8.8 ablehnt; verwenden Sie einen ed25519- oder ECDSA-Schlüssel</translation>
    </message>
    <message>
        <source>No SSH key file is set and SSH_AUTH_SOCK names no SSH agent</source>
        <translation>Keine SSH-Schlüsseldatei angegeben, und SSH_AUTH_SOCK nennt keinen SSH-Agenten</translation>
    </message>
    <message>
        <source>The server refused every key of the SSH agent at %1 for the user %2</source>
        <translation>Der Server hat jeden Schlüssel des SSH-Agenten unter %1 für den Benutzer %2 abgelehnt</translation>
    </message>
    <message>
        <source>No SSH key file is set and the SSH agent is not used</source>
        <translation>Keine SSH-Schlüsseldatei angegeben, und der SSH-Agent wird nicht verwendet</translation>
    </message>
</context>
<context>
    <name>driftdeck::kube</name>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung zu %1 wird hergestellt …</translation>
    </message>
    <message>
        <source>Reading the cluster: %1 of %2 kinds, %3 objects</source>
        <translation>Cluster wird gelesen: %1 von %2 Arten, %3 Objekte</translation>
    </message>
    <message>
        <source>No access to %1: these are shown as Unknown.</source>
        <translation>Kein Zugriff auf %1: Diese werden als „Unbekannt“ angezeigt.</translation>
    </message>
    <message>
        <source>The API groups %1 did not answer.</source>
        <translation>Die API-Gruppen %1 haben nicht geantwortet.</translation>
    </message>
    <message>
        <source>The file %1 named in the kubeconfig does not exist.</source>
        <translation>Die in der kubeconfig genannte Datei %1 existiert nicht.</translation>
    </message>
    <message>
        <source>The user %1 has a client certificate without its key, or a key without its certificate.</source>
        <translation>Der Benutzer %1 hat ein Client-Zertifikat ohne Schlüssel oder einen Schlüssel ohne Zertifikat.</translation>
    </message>
    <message>
        <source>The user %1 signs in with the legacy auth-provider “%2”, which Driftdeck does not support; switch the kubeconfig to its exec credential plugin.</source>
        <translation>Der Benutzer %1 meldet sich mit dem veralteten auth-provider „%2“ an, den Driftdeck nicht unterstützt; stellen Sie die kubeconfig auf das zugehörige exec-Anmelde-Plugin um.</translation>
    </message>
    <message>
        <source>The credential plugin returned an invalid answer.</source>
        <translation>Das Anmelde-Plugin hat eine ungültige Antwort geliefert.</translation>
    </message>
    <message>
        <source>The kubeconfig asks for credential plugin API version “%1”, which is not supported; use client.authentication.k8s.io/v1.</source>
        <translation>Die kubeconfig verlangt die Plugin-API-Version „%1“, die nicht unterstützt wird; verwenden Sie client.authentication.k8s.io/v1.</translation>
    </message>
    <message>
        <source>The credential plugin “%1” was not found, so Driftdeck cannot sign in to this cluster.</source>
        <translation>Das Anmelde-Plugin „%1“ wurde nicht gefunden, daher kann sich Driftdeck nicht bei diesem Cluster anmelden.</translation>
    </message>
    <message>
        <source>The credential plugin “%1” could not be started.</source>
        <translation>Das Anmelde-Plugin „%1“ konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <source>The credential plugin “%1” did not answer in time.</source>
        <translation>Das Anmelde-Plugin „%1“ hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>The credential plugin “%1” failed: %2</source>
        <translation>Das Anmelde-Plugin „%1“ ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>The credential plugin “%1” returned an invalid answer.</source>
        <translation>Das Anmelde-Plugin „%1“ hat eine ungültige Antwort geliefert.</translation>
    </message>
    <message>
        <source>The cluster sent an answer Driftdeck cannot read.</source>
        <translation>Der Cluster hat eine Antwort gesendet, die Driftdeck nicht lesen kann.</translation>
    </message>
    <message>
        <source>The server address “%1” of cluster %2 is not an http or https URL.</source>
        <translation>Die Serveradresse „%1“ des Clusters %2 ist keine http- oder https-URL.</translation>
    </message>
    <message>
        <source>The certificate authority file %1 of cluster %2 does not exist.</source>
        <translation>Die Zertifizierungsstellen-Datei %1 des Clusters %2 existiert nicht.</translation>
    </message>
    <message>
        <source>The address of %1 cannot be found (DNS). Check the server name in the kubeconfig, your network and your VPN.</source>
        <translation>Die Adresse von %1 wurde nicht gefunden (DNS). Prüfen Sie den Servernamen in der kubeconfig, Ihr Netzwerk und Ihr VPN.</translation>
    </message>
    <message>
        <source>Nothing accepts connections at %1. Is the API server running, or does it need a VPN or a tunnel?</source>
        <translation>Unter %1 nimmt niemand Verbindungen an. Läuft der API-Server, oder wird ein VPN oder Tunnel benötigt?</translation>
    </message>
    <message>
        <source>The TLS certificate of %1 could not be verified. Check certificate-authority (and tls-server-name) in the kubeconfig.</source>
        <translation>Das TLS-Zertifikat von %1 konnte nicht überprüft werden. Prüfen Sie certificate-authority (und tls-server-name) in der kubeconfig.</translation>
    </message>
    <message>
        <source>%1 did not answer in time.</source>
        <translation>%1 hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>The connection to %1 failed.</source>
        <translation>Die Verbindung zu %1 ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>%1 rejected the credentials of user %2 (401 Unauthorized). Sign in again or renew the token.</source>
        <translation>%1 hat die Anmeldedaten des Benutzers %2 abgelehnt (401 Unauthorized). Melden Sie sich erneut an oder erneuern Sie das Token.</translation>
    </message>
    <message>
        <source>Access denied (403 Forbidden): %1</source>
        <translation>Zugriff verweigert (403 Forbidden): %1</translation>
    </message>
    <message>
        <source>The cluster answered %1: %2</source>
        <translation>Der Cluster antwortete %1: %2</translation>
    </message>
    <message>
        <source>The kubeconfig is not a mapping of clusters, users and contexts.</source>
        <translation>Die kubeconfig ist keine Zuordnung von Clustern, Benutzern und Kontexten.</translation>
    </message>
    <message>
        <source>The kubeconfig file %1 does not exist.</source>
        <translation>Die kubeconfig-Datei %1 existiert nicht.</translation>
    </message>
    <message>
        <source>Cannot read the kubeconfig file %1.</source>
        <translation>Die kubeconfig-Datei %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The kubeconfig file %1 is not valid: %2</source>
        <translation>Die kubeconfig-Datei %1 ist ungültig: %2</translation>
    </message>
    <message>
        <source>The kubeconfig sets no current context; choose a context.</source>
        <translation>Die kubeconfig legt keinen aktuellen Kontext fest; wählen Sie einen Kontext.</translation>
    </message>
    <message>
        <source>The context %1 is not in the kubeconfig.</source>
        <translation>Der Kontext %1 ist nicht in der kubeconfig enthalten.</translation>
    </message>
    <message>
        <source>The context %1 refers to the cluster %2, which is not in the kubeconfig.</source>
        <translation>Der Kontext %1 verweist auf den Cluster %2, der nicht in der kubeconfig enthalten ist.</translation>
    </message>
    <message>
        <source>The cluster %1 has no server address.</source>
        <translation>Der Cluster %1 hat keine Serveradresse.</translation>
    </message>
    <message>
        <source>The context %1 refers to the user %2, which is not in the kubeconfig.</source>
        <translation>Der Kontext %1 verweist auf den Benutzer %2, der nicht in der kubeconfig enthalten ist.</translation>
    </message>
    <message>
        <source>The file is not valid YAML.</source>
        <translation>Die Datei ist kein gültiges YAML.</translation>
    </message>
    <message>
        <source>The cluster sent a watch event Driftdeck cannot read; it reconnects.</source>
        <translation>Der Cluster hat ein Watch-Ereignis gesendet, das Driftdeck nicht lesen kann; Driftdeck verbindet sich neu.</translation>
    </message>
    <message>
        <source>Cluster %1: %2</source>
        <translation>Cluster %1: %2</translation>
    </message>
    <message>
        <source>The file is too large (%1 KiB; the limit is %2 KiB).</source>
        <translation>Die Datei ist zu groß (%1 KiB; die Grenze liegt bei %2 KiB).</translation>
    </message>
    <message>
        <source>The file is nested too deeply (more than %1 levels).</source>
        <translation>Die Datei ist zu tief verschachtelt (mehr als %1 Ebenen).</translation>
    </message>
    <message>
        <source>The file's aliases expand to too many values (more than %1); it may be a YAML bomb.</source>
        <translation>Die Aliase der Datei ergeben zu viele Werte (mehr als %1); es könnte eine YAML-Bombe sein.</translation>
    </message>
    <message>
        <source>Cannot read the file %1 named in the kubeconfig.</source>
        <translation>Die in der kubeconfig genannte Datei %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The file %1 named in the kubeconfig is larger than %2 MiB; it cannot be a certificate, key or token.</source>
        <translation>Die in der kubeconfig genannte Datei %1 ist größer als %2 MiB; sie kann kein Zertifikat, Schlüssel oder Token sein.</translation>
    </message>
    <message>
        <source>The file is not valid UTF-8 (line %1, column %2).</source>
        <translation>Die Datei ist kein gültiges UTF-8 (Zeile %1, Spalte %2).</translation>
    </message>
</context>
<context>
    <name>driftdeck::manifest</name>
    <message>
        <source>The YAML parser could not be created</source>
        <translation>Der YAML-Parser konnte nicht erzeugt werden</translation>
    </message>
    <message>
        <source>The YAML parser could not read the input</source>
        <translation>Der YAML-Parser konnte die Eingabe nicht lesen</translation>
    </message>
    <message>
        <source>Invalid YAML</source>
        <translation>Ungültiges YAML</translation>
    </message>
    <message>
        <source>The document is not a Kubernetes object (a mapping is expected)</source>
        <translation>Das Dokument ist kein Kubernetes-Objekt (eine Zuordnung wird erwartet)</translation>
    </message>
    <message>
        <source>The object has no apiVersion</source>
        <translation>Das Objekt hat keine apiVersion</translation>
    </message>
    <message>
        <source>The object has no kind</source>
        <translation>Das Objekt hat kein kind</translation>
    </message>
    <message>
        <source>The object has no metadata.name</source>
        <translation>Das Objekt hat kein metadata.name</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder for rendering</source>
        <translation>Temporärer Ordner zum Rendern kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>renderer unavailable: %1 could not be started</source>
        <translation>Renderer nicht verfügbar: %1 konnte nicht gestartet werden</translation>
    </message>
    <message>
        <source>%1 did not finish within %2 seconds</source>
        <translation>%1 wurde nicht innerhalb von %2 Sekunden fertig</translation>
    </message>
    <message>
        <source>%1 failed (exit code %2)</source>
        <translation>%1 ist fehlgeschlagen (Exit-Code %2)</translation>
    </message>
    <message>
        <source>renderer unavailable: neither kustomize nor kubectl found</source>
        <translation>Renderer nicht verfügbar: weder kustomize noch kubectl gefunden</translation>
    </message>
    <message>
        <source>renderer unavailable: helm not found</source>
        <translation>Renderer nicht verfügbar: helm nicht gefunden</translation>
    </message>
    <message>
        <source>The file is too large to read as manifests (%1 MiB; the limit is %2 MiB)</source>
        <translation>Die Datei ist zu groß, um als Manifeste gelesen zu werden (%1 MiB; die Grenze liegt bei %2 MiB)</translation>
    </message>
    <message>
        <source>The file is not valid UTF-8</source>
        <translation>Die Datei ist kein gültiges UTF-8</translation>
    </message>
</context>
<context>
    <name>driftdeck::manifest::DocumentBuilder</name>
    <message>
        <source>A mapping key is null; kubectl cannot read it</source>
        <translation>Ein Schlüssel ist null; kubectl kann ihn nicht lesen</translation>
    </message>
    <message>
        <source>A value cannot be represented in JSON</source>
        <translation>Ein Wert lässt sich nicht in JSON darstellen</translation>
    </message>
    <message>
        <source>Unknown alias</source>
        <translation>Unbekannter Alias</translation>
    </message>
    <message>
        <source>A mapping key is not a scalar; kubectl cannot read it</source>
        <translation>Ein Schlüssel ist kein Skalar; kubectl kann ihn nicht lesen</translation>
    </message>
    <message>
        <source>A merge key (&lt;&lt;) needs a mapping or a list of mappings</source>
        <translation>Ein Merge-Schlüssel (&lt;&lt;) braucht eine Zuordnung oder eine Liste von Zuordnungen</translation>
    </message>
    <message>
        <source>Duplicate key</source>
        <translation>Doppelter Schlüssel</translation>
    </message>
    <message>
        <source>Aliases expand to too much data (more than %1 values); the document may be a YAML bomb</source>
        <translation>Die Aliase ergeben zu viele Daten (mehr als %1 Werte); das Dokument könnte eine YAML-Bombe sein</translation>
    </message>
    <message>
        <source>The document is nested too deeply (more than %1 levels)</source>
        <translation>Das Dokument ist zu tief verschachtelt (mehr als %1 Ebenen)</translation>
    </message>
</context>
<context>
    <name>driftdeck::manifest::NodeLocator</name>
    <message>
        <source>The YAML parser could not be started</source>
        <translation>Der YAML-Parser konnte nicht gestartet werden</translation>
    </message>
    <message>
        <source>The document uses a complex mapping key</source>
        <translation>Das Dokument verwendet einen komplexen Schlüssel</translation>
    </message>
    <message>
        <source>The file is not valid YAML</source>
        <translation>Die Datei ist kein gültiges YAML</translation>
    </message>
    <message>
        <source>The file has no document %1</source>
        <translation>Die Datei hat kein Dokument %1</translation>
    </message>
    <message>
        <source>No node at %1</source>
        <translation>Kein Knoten bei %1</translation>
    </message>
</context>
<context>
    <name>driftdeck::manifest::Renderer</name>
    <message>
        <source>The path leaves the repository</source>
        <translation>Der Pfad verlässt das Repository</translation>
    </message>
    <message>
        <source>The path does not exist in the repository</source>
        <translation>Der Pfad existiert im Repository nicht</translation>
    </message>
    <message>
        <source>unsupported renderer: %1</source>
        <translation>nicht unterstützter Renderer: %1</translation>
    </message>
    <message>
        <source>The folder does not exist</source>
        <translation>Der Ordner existiert nicht</translation>
    </message>
    <message>
        <source>Cannot read a file</source>
        <translation>Eine Datei kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot write the temporary tree</source>
        <translation>Temporärer Baum kann nicht geschrieben werden</translation>
    </message>
</context>
<context>
    <name>driftdeck::models::ClusterListModel</name>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>driftdeck::models::FieldChangeModel</name>
    <message>
        <source>(not set)</source>
        <translation>(nicht gesetzt)</translation>
    </message>
    <message>
        <source>Git does not set this field</source>
        <translation>Git setzt dieses Feld nicht</translation>
    </message>
    <message>
        <source>The live object does not have this field</source>
        <translation>Das Live-Objekt hat dieses Feld nicht</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Git</source>
        <translation>Git</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>Geändert von</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
</context>
<context>
    <name>driftdeck::models::ResourceTreeModel</name>
    <message>
        <source>(cluster-scoped)</source>
        <translation>(clusterweit)</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbindung wird hergestellt …</translation>
    </message>
    <message>
        <source>Listing resources… %1%</source>
        <translation>Ressourcen werden gelistet … %1 %</translation>
    </message>
    <message>
        <source>Listing resources…</source>
        <translation>Ressourcen werden gelistet …</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <source>Degraded</source>
        <translation>Beeinträchtigt</translation>
    </message>
    <message>
        <source>Degraded: %1</source>
        <translation>Beeinträchtigt: %1</translation>
    </message>
    <message>
        <source>unknown time</source>
        <translation>unbekannter Zeit</translation>
    </message>
    <message>
        <source>Unreachable since %1</source>
        <translation>Nicht erreichbar seit %1</translation>
    </message>
    <message>
        <source>Unreachable since %1: %2</source>
        <translation>Nicht erreichbar seit %1: %2</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Gesundheit</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>1 field differs</source>
        <translation>1 Feld weicht ab</translation>
    </message>
    <message>
        <source>%1 fields differ</source>
        <translation>%1 Felder weichen ab</translation>
    </message>
    <message>
        <source>1 file failed to render</source>
        <translation>1 Datei konnte nicht gerendert werden</translation>
    </message>
    <message>
        <source>%1 files failed to render</source>
        <translation>%1 Dateien konnten nicht gerendert werden</translation>
    </message>
    <message>
        <source>Owned</source>
        <translation>Untergeordnet</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Wird gelesen…</translation>
    </message>
    <message>
        <source>Created in the cluster by its owner; not declared in Git, so it has no sync state of its own.</source>
        <translation>Vom Besitzer im Cluster erzeugt; nicht in Git deklariert, daher ohne eigenen Synchronisationszustand.</translation>
    </message>
    <message>
        <source>Reading the object from the cluster…</source>
        <translation>Das Objekt wird aus dem Cluster gelesen…</translation>
    </message>
</context>
<context>
    <name>driftdeck::resolve</name>
    <message>
        <source>%1: set to %2 (as live)</source>
        <translation>%1: auf %2 gesetzt (wie im Cluster)</translation>
    </message>
    <message>
        <source>%1: removed (not set live)</source>
        <translation>%1: entfernt (im Cluster nicht gesetzt)</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>%1 comes from a Helm chart; change the chart's values instead (probably %2 in values.yaml)</source>
        <translation>%1 stammt aus einem Helm-Chart; ändern Sie stattdessen die Werte des Charts (vermutlich %2 in values.yaml)</translation>
    </message>
    <message>
        <source>This field comes from a Helm chart; change the chart's values instead</source>
        <translation>Dieses Feld stammt aus einem Helm-Chart; ändern Sie stattdessen die Werte des Charts</translation>
    </message>
    <message>
        <source>The live value of %1 was not found</source>
        <translation>Der Live-Wert von %1 wurde nicht gefunden</translation>
    </message>
    <message>
        <source>The overlay no longer renders with the edit: %1</source>
        <translation>Mit der Änderung lässt sich das Overlay nicht mehr rendern: %1</translation>
    </message>
    <message>
        <source>After the edit the overlay still does not render the live value of %1</source>
        <translation>Auch nach der Änderung erzeugt das Overlay nicht den Live-Wert von %1</translation>
    </message>
    <message>
        <source>After the edit the overlay no longer renders %1</source>
        <translation>Nach der Änderung erzeugt das Overlay %1 nicht mehr</translation>
    </message>
    <message>
        <source>A list element cannot be created from its merge keys</source>
        <translation>Ein Listenelement kann nicht aus seinen Merge-Schlüsseln erzeugt werden</translation>
    </message>
    <message>
        <source>A list element chosen by its position cannot be created</source>
        <translation>Ein über seine Position gewähltes Listenelement kann nicht erzeugt werden</translation>
    </message>
</context>
<context>
    <name>driftdeck::resolve::KustomizePatcher</name>
    <message>
        <source>The file that declares %1 was not found below %2</source>
        <translation>Die Datei, die %1 deklariert, wurde unterhalb von %2 nicht gefunden</translation>
    </message>
    <message>
        <source>The live value of %1 was not found</source>
        <translation>Der Live-Wert von %1 wurde nicht gefunden</translation>
    </message>
    <message>
        <source>The overlay %1 has no kustomization.yaml</source>
        <translation>Das Overlay %1 hat keine kustomization.yaml</translation>
    </message>
    <message>
        <source>patches: added %1</source>
        <translation>patches: %1 hinzugefügt</translation>
    </message>
</context>
<context>
    <name>driftdeck::resolve::Resolver</name>
    <message>
        <source>Driftdeck never writes Secret values to Git; encrypt them with SOPS or Sealed Secrets instead</source>
        <translation>Driftdeck schreibt niemals Secret-Werte nach Git; verschlüsseln Sie sie stattdessen mit SOPS oder Sealed Secrets</translation>
    </message>
    <message>
        <source>%1 was not found in %2 (document %3)</source>
        <translation>%1 wurde in %2 nicht gefunden (Dokument %3)</translation>
    </message>
    <message>
        <source>%1 cannot be edited: %2</source>
        <translation>%1 kann nicht bearbeitet werden: %2</translation>
    </message>
    <message>
        <source>The edited file does not read back cleanly; nothing was changed</source>
        <translation>Die geänderte Datei lässt sich nicht fehlerfrei zurücklesen; es wurde nichts geändert</translation>
    </message>
    <message>
        <source>The edit would change more than the selected fields (anchors, aliases or merge keys share them); nothing was changed</source>
        <translation>Die Änderung würde mehr als die gewählten Felder verändern (Anker, Aliase oder Merge-Schlüssel teilen sie); es wurde nichts geändert</translation>
    </message>
    <message>
        <source>The edit would change another object in the file; nothing was changed</source>
        <translation>Die Änderung würde ein anderes Objekt in der Datei verändern; es wurde nichts geändert</translation>
    </message>
    <message>
        <source>This source is rendered by a tool Driftdeck cannot edit for</source>
        <translation>Diese Quelle wird von einem Werkzeug gerendert, für das Driftdeck keine Änderungen schreiben kann</translation>
    </message>
    <message>
        <source>The file %1 is not in the repository</source>
        <translation>Die Datei %1 ist nicht im Repository</translation>
    </message>
    <message>
        <source>%1 is shared with other overlays: the change is a patch in this overlay</source>
        <translation>%1 wird von anderen Overlays mitgenutzt: die Änderung wird ein Patch in diesem Overlay</translation>
    </message>
    <message>
        <source>The live object has no kind or name</source>
        <translation>Das Live-Objekt hat keine Art (kind) oder keinen Namen</translation>
    </message>
    <message>
        <source>%1: new manifest written from the live object</source>
        <translation>%1: neues Manifest aus dem Live-Objekt geschrieben</translation>
    </message>
    <message>
        <source>The new manifest does not read back as the live object</source>
        <translation>Das neue Manifest lässt sich nicht als das Live-Objekt zurücklesen</translation>
    </message>
    <message>
        <source>resources: added %1</source>
        <translation>resources: %1 hinzugefügt</translation>
    </message>
    <message>
        <source>%1 cannot be removed from %2: %3</source>
        <translation>%1 kann nicht aus %2 entfernt werden: %3</translation>
    </message>
    <message>
        <source>%1: removed from Git</source>
        <translation>%1: aus Git entfernt</translation>
    </message>
    <message>
        <source>Removing %1 would change other objects in %2; nothing was changed</source>
        <translation>Das Entfernen von %1 würde andere Objekte in %2 verändern; es wurde nichts geändert</translation>
    </message>
    <message>
        <source>resources: removed %1</source>
        <translation>resources: %1 entfernt</translation>
    </message>
</context>
<context>
    <name>driftdeck::resolve::YamlEditor</name>
    <message>
        <source>The file has no document %1</source>
        <translation>Die Datei hat kein Dokument %1</translation>
    </message>
    <message>
        <source>The field %1 comes from a YAML alias; edit the anchored value instead</source>
        <translation>Das Feld %1 stammt aus einem YAML-Alias; ändern Sie stattdessen den verankerten Wert</translation>
    </message>
    <message>
        <source>%1 is not a map in Git</source>
        <translation>%1 ist in Git keine Zuordnung</translation>
    </message>
    <message>
        <source>%1 is not a list in Git</source>
        <translation>%1 ist in Git keine Liste</translation>
    </message>
    <message>
        <source>The whole document cannot be removed as a field</source>
        <translation>Das ganze Dokument kann nicht als Feld entfernt werden</translation>
    </message>
    <message>
        <source>The document after the removed one has no '---' line</source>
        <translation>Das Dokument nach dem entfernten hat keine '---'-Zeile</translation>
    </message>
    <message>
        <source>The removed document has no '---' line</source>
        <translation>Das entfernte Dokument hat keine '---'-Zeile</translation>
    </message>
    <message>
        <source>The document root cannot be replaced</source>
        <translation>Die Wurzel des Dokuments kann nicht ersetzt werden</translation>
    </message>
    <message>
        <source>The key's ':' was not found</source>
        <translation>Der ':' des Schlüssels wurde nicht gefunden</translation>
    </message>
    <message>
        <source>The list item's '-' was not found</source>
        <translation>Das '-' des Listeneintrags wurde nicht gefunden</translation>
    </message>
    <message>
        <source>The last field of a document cannot be removed</source>
        <translation>Das letzte Feld eines Dokuments kann nicht entfernt werden</translation>
    </message>
    <message>
        <source>The entry shares its line with another node and cannot be removed alone</source>
        <translation>Der Eintrag teilt seine Zeile mit einem anderen Knoten und kann nicht allein entfernt werden</translation>
    </message>
</context>
<context>
    <name>driftdeck::resolve::YamlTree</name>
    <message>
        <source>The YAML parser could not be started</source>
        <translation>Der YAML-Parser konnte nicht gestartet werden</translation>
    </message>
    <message>
        <source>The document has an empty mapping key</source>
        <translation>Das Dokument hat einen leeren Schlüssel</translation>
    </message>
    <message>
        <source>The document uses an alias as a mapping key</source>
        <translation>Das Dokument verwendet einen Alias als Schlüssel</translation>
    </message>
    <message>
        <source>The document uses a complex mapping key</source>
        <translation>Das Dokument verwendet einen komplexen Schlüssel</translation>
    </message>
    <message>
        <source>The YAML structure could not be read</source>
        <translation>Die YAML-Struktur konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>The file is not valid YAML</source>
        <translation>Die Datei ist kein gültiges YAML</translation>
    </message>
</context>
<context>
    <name>driftdeck::views::AddRepositoryDialog</name>
    <message>
        <source>Add Repository</source>
        <translation>Repository hinzufügen</translation>
    </message>
    <message>
        <source>https://github.com/acme/platform.git or /home/me/platform</source>
        <translation>https://github.com/acme/platform.git oder /home/ich/platform</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>the repository's default branch</source>
        <translation>der Standard-Branch des Repositorys</translation>
    </message>
    <message>
        <source>the repository's root folder</source>
        <translation>der Hauptordner des Repositorys</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>Plain YAML</source>
        <translation>Einfaches YAML</translation>
    </message>
    <message>
        <source>Automatic uses Kustomize when the folder has a kustomization.yaml, Helm when it has a Chart.yaml, else reads every YAML file.</source>
        <translation>Automatisch nutzt Kustomize, wenn der Ordner eine kustomization.yaml hat, Helm bei einer Chart.yaml, und liest sonst jede YAML-Datei.</translation>
    </message>
    <message>
        <source>Repository:</source>
        <translation>Repository:</translation>
    </message>
    <message>
        <source>Branch:</source>
        <translation>Branch:</translation>
    </message>
    <message>
        <source>Path:</source>
        <translation>Pfad:</translation>
    </message>
    <message>
        <source>Renderer:</source>
        <translation>Renderer:</translation>
    </message>
    <message>
        <source>Cluster:</source>
        <translation>Cluster:</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Connect a cluster first: a repository is compared with a cluster.</source>
        <translation>Verbinden Sie zuerst einen Cluster: Ein Repository wird mit einem Cluster verglichen.</translation>
    </message>
    <message>
        <source>Enter a Git URL or a local folder.</source>
        <translation>Geben Sie eine Git-URL oder einen lokalen Ordner ein.</translation>
    </message>
    <message>
        <source>“%1” is not a Git URL Driftdeck can read: use https://, ssh://, git:// or file://.</source>
        <translation>„%1“ ist keine Git-URL, die Driftdeck lesen kann: Verwenden Sie https://, ssh://, git:// oder file://.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Der Ordner %1 existiert nicht.</translation>
    </message>
    <message>
        <source>The URL “%1” names no host.</source>
        <translation>Die URL „%1“ nennt keinen Host.</translation>
    </message>
    <message>
        <source>Enter the local folder as an absolute path (for example /home/me/platform).</source>
        <translation>Geben Sie den lokalen Ordner als absoluten Pfad ein (zum Beispiel /home/ich/platform).</translation>
    </message>
    <message>
        <source>“%1” is not a valid branch or tag name.</source>
        <translation>„%1“ ist kein gültiger Branch- oder Tag-Name.</translation>
    </message>
    <message>
        <source>The path is a folder inside the repository: relative, without “..”.</source>
        <translation>Der Pfad ist ein Ordner im Repository: relativ, ohne „..“.</translation>
    </message>
    <message>
        <source>Choose the cluster this repository declares.</source>
        <translation>Wählen Sie den Cluster, den dieses Repository beschreibt.</translation>
    </message>
    <message>
        <source>added repository</source>
        <translation>hinzugefügtes Repository</translation>
    </message>
    <message>
        <source>Choose a Local Repository</source>
        <translation>Lokales Repository wählen</translation>
    </message>
    <message>
        <source>Enter the CA file as an absolute path.</source>
        <translation>Geben Sie die CA-Datei als absoluten Pfad an.</translation>
    </message>
    <message>
        <source>Enter the SSH key file as an absolute path.</source>
        <translation>Geben Sie die SSH-Schlüsseldatei als absoluten Pfad an.</translation>
    </message>
    <message>
        <source>Enter the known_hosts file as an absolute path.</source>
        <translation>Geben Sie die known_hosts-Datei als absoluten Pfad an.</translation>
    </message>
    <message>
        <source>The CA file %1 does not exist.</source>
        <translation>Die CA-Datei %1 existiert nicht.</translation>
    </message>
    <message>
        <source>The SSH key file %1 does not exist.</source>
        <translation>Die SSH-Schlüsseldatei %1 existiert nicht.</translation>
    </message>
    <message>
        <source>The known_hosts file %1 does not exist.</source>
        <translation>Die known_hosts-Datei %1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 is a folder; choose a file.</source>
        <translation>%1 ist ein Ordner; wählen Sie eine Datei.</translation>
    </message>
    <message>
        <source>The CA file %1 cannot be read.</source>
        <translation>Die CA-Datei %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The SSH key file %1 cannot be read.</source>
        <translation>Die SSH-Schlüsseldatei %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The known_hosts file %1 cannot be read.</source>
        <translation>Die known_hosts-Datei %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>This looks like a token: enter the name of the environment variable that holds it, not the token.</source>
        <translation>Das sieht nach einem Token aus: Geben Sie den Namen der Umgebungsvariable ein, die es enthält, nicht das Token selbst.</translation>
    </message>
    <message>
        <source>“%1” is not a valid environment variable name: use letters, digits and _, not starting with a digit.</source>
        <translation>„%1“ ist kein gültiger Name für eine Umgebungsvariable: Buchstaben, Ziffern und _, nicht mit einer Ziffer beginnend.</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Authentifizierung</translation>
    </message>
    <message>
        <source>The name of the environment variable holding the HTTPS token (not the token itself). Empty: DRIFTDECK_GIT_TOKEN, else Git's credential helpers.</source>
        <translation>Der Name der Umgebungsvariable mit dem HTTPS-Token (nicht das Token selbst). Leer: DRIFTDECK_GIT_TOKEN, sonst die Credential-Helper von Git.</translation>
    </message>
    <message>
        <source>only the system's certificate authorities</source>
        <translation>nur die Zertifizierungsstellen des Systems</translation>
    </message>
    <message>
        <source>A PEM file with the private certificate authority of a self-hosted Git server, trusted for this repository only.</source>
        <translation>Eine PEM-Datei mit der privaten Zertifizierungsstelle eines selbst betriebenen Git-Servers, nur für dieses Repository vertraut.</translation>
    </message>
    <message>
        <source>Choose a CA File</source>
        <translation>CA-Datei wählen</translation>
    </message>
    <message>
        <source>Use the SSH agent</source>
        <translation>SSH-Agent verwenden</translation>
    </message>
    <message>
        <source>Every key of the SSH agent named by SSH_AUTH_SOCK.</source>
        <translation>Jeder Schlüssel des SSH-Agenten, den SSH_AUTH_SOCK nennt.</translation>
    </message>
    <message>
        <source>Key file</source>
        <translation>Schlüsseldatei</translation>
    </message>
    <message>
        <source>for example ~/.ssh/id_ed25519</source>
        <translation>zum Beispiel ~/.ssh/id_ed25519</translation>
    </message>
    <message>
        <source>An ed25519 or ECDSA private key; RSA keys are refused by OpenSSH 8.8 and later (docs/git.md).</source>
        <translation>Ein privater ed25519- oder ECDSA-Schlüssel; RSA-Schlüssel lehnt OpenSSH ab Version 8.8 ab (docs/git.md).</translation>
    </message>
    <message>
        <source>Choose an SSH Key File</source>
        <translation>SSH-Schlüsseldatei wählen</translation>
    </message>
    <message>
        <source>none: the key is not encrypted</source>
        <translation>keine: der Schlüssel ist nicht verschlüsselt</translation>
    </message>
    <message>
        <source>The name of the environment variable holding the key's passphrase (not the passphrase itself).</source>
        <translation>Der Name der Umgebungsvariable mit der Passphrase des Schlüssels (nicht die Passphrase selbst).</translation>
    </message>
    <message>
        <source>The server's host key must be in this file; an unknown host is refused (docs/git.md).</source>
        <translation>Der Host-Schlüssel des Servers muss in dieser Datei stehen; ein unbekannter Host wird abgelehnt (docs/git.md).</translation>
    </message>
    <message>
        <source>Choose a known_hosts File</source>
        <translation>known_hosts-Datei wählen</translation>
    </message>
    <message>
        <source>Token variable:</source>
        <translation>Token-Variable:</translation>
    </message>
    <message>
        <source>CA file:</source>
        <translation>CA-Datei:</translation>
    </message>
    <message>
        <source>SSH key:</source>
        <translation>SSH-Schlüssel:</translation>
    </message>
    <message>
        <source>Key file:</source>
        <translation>Schlüsseldatei:</translation>
    </message>
    <message>
        <source>Passphrase variable:</source>
        <translation>Passphrase-Variable:</translation>
    </message>
    <message>
        <source>known_hosts file:</source>
        <translation>known_hosts-Datei:</translation>
    </message>
    <message>
        <source>Driftdeck keeps only these names and paths; it reads a token or passphrase from the environment when it fetches.</source>
        <translation>Driftdeck speichert nur diese Namen und Pfade; Token und Passphrase liest es beim Abrufen aus der Umgebung.</translation>
    </message>
    <message>
        <source>Choose the SSH key file, or use the SSH agent.</source>
        <translation>Wählen Sie die SSH-Schlüsseldatei oder verwenden Sie den SSH-Agenten.</translation>
    </message>
</context>
<context>
    <name>driftdeck::views::DetailPane</name>
    <message>
        <source>Health: %1</source>
        <translation>Gesundheit: %1</translation>
    </message>
    <message>
        <source>Cluster %1, source %2</source>
        <translation>Cluster %1, Quelle %2</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 bei %2</translation>
    </message>
    <message>
        <source>Declared in:</source>
        <translation>Deklariert in:</translation>
    </message>
    <message>
        <source>Not declared in any Git source.</source>
        <translation>In keiner Git-Quelle deklariert.</translation>
    </message>
    <message>
        <source>Applied revision %1</source>
        <translation>Angewandte Revision %1</translation>
    </message>
    <message>
        <source>Applied revision %1, the head of %2</source>
        <translation>Angewandte Revision %1, der aktuelle Stand von %2</translation>
    </message>
    <message>
        <source>Applied revision %1, behind the head of %2 (%3)</source>
        <translation>Angewandte Revision %1, hinter dem aktuellen Stand von %2 (%3)</translation>
    </message>
    <message>
        <source>Owned by:</source>
        <translation>Gehört zu:</translation>
    </message>
    <message>
        <source>Branch %1</source>
        <translation>Branch %1</translation>
    </message>
    <message>
        <source>Files that failed to render:</source>
        <translation>Dateien, die nicht gerendert werden konnten:</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>Reading events…</source>
        <translation>Ereignisse werden gelesen…</translation>
    </message>
    <message>
        <source>Events are not readable with your permissions.</source>
        <translation>Ereignisse sind mit Ihren Berechtigungen nicht lesbar.</translation>
    </message>
    <message>
        <source>Events could not be read: %1</source>
        <translation>Ereignisse konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>No recent events for this object.</source>
        <translation>Keine aktuellen Ereignisse für dieses Objekt.</translation>
    </message>
    <message>
        <source>%1 times</source>
        <translation>%1-mal</translation>
    </message>
    <message>
        <source>Reading the object from the cluster…</source>
        <translation>Das Objekt wird aus dem Cluster gelesen…</translation>
    </message>
    <message>
        <source>Owned by %1</source>
        <translation>Gehört zu %1</translation>
    </message>
    <message>
        <source>Created in the cluster by its owner; not declared in Git, so it has no sync state and no diff of its own.</source>
        <translation>Vom Besitzer im Cluster erzeugt; nicht in Git deklariert, daher ohne eigenen Synchronisationszustand und ohne eigenen Diff.</translation>
    </message>
</context>
<context>
    <name>driftdeck::views::DiffView</name>
    <message>
        <source>Compact</source>
        <translation>Kompakt</translation>
    </message>
    <message>
        <source>Fold unchanged lines</source>
        <translation>Unveränderte Zeilen einklappen</translation>
    </message>
    <message>
        <source>Expand All</source>
        <translation>Alle aufklappen</translation>
    </message>
    <message>
        <source>Collapse All</source>
        <translation>Alle einklappen</translation>
    </message>
    <message>
        <source>Previous Change</source>
        <translation>Vorherige Änderung</translation>
    </message>
    <message>
        <source>Next Change</source>
        <translation>Nächste Änderung</translation>
    </message>
    <message>
        <source>Select a resource to see what differs between Git and the cluster.</source>
        <translation>Wählen Sie eine Ressource, um zu sehen, was zwischen Git und dem Cluster abweicht.</translation>
    </message>
    <message>
        <source>⋯ %1 unchanged lines, click to expand</source>
        <translation>⋯ %1 unveränderte Zeilen, zum Aufklappen klicken</translation>
    </message>
    <message>
        <source>No changes</source>
        <translation>Keine Änderungen</translation>
    </message>
    <message>
        <source>1 change</source>
        <translation>1 Änderung</translation>
    </message>
    <message>
        <source>%1 changes</source>
        <translation>%1 Änderungen</translation>
    </message>
    <message>
        <source>Change %1 of %2</source>
        <translation>Änderung %1 von %2</translation>
    </message>
    <message>
        <source>Unset Fields</source>
        <translation>Nicht gesetzte Felder</translation>
    </message>
    <message>
        <source>Also show live fields that Git does not set</source>
        <translation>Auch Live-Felder zeigen, die Git nicht setzt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Also show the status written by the cluster</source>
        <translation>Auch den vom Cluster geschriebenen Status zeigen</translation>
    </message>
    <message>
        <source>Also show which field manager owns which field (metadata.managedFields)</source>
        <translation>Auch zeigen, welcher Feldmanager welches Feld besitzt (metadata.managedFields)</translation>
    </message>
    <message>
        <source>Live side also shows:</source>
        <translation>Live-Seite zeigt auch:</translation>
    </message>
</context>
<context>
    <name>driftdeck::views::EmptyStateWidget</name>
    <message>
        <source>No cluster connected yet</source>
        <translation>Noch kein Cluster verbunden</translation>
    </message>
    <message>
        <source>Driftdeck compares what your Git repositories declare with what runs in your Kubernetes clusters, shows every drifted field and who changed it, and opens pull requests that resolve it.&lt;br&gt;&lt;br&gt;&lt;b&gt;1.&lt;/b&gt; Connect a cluster from your kubeconfig.&lt;br&gt;&lt;b&gt;2.&lt;/b&gt; Add the Git repository that declares it, or let Driftdeck find it from the cluster's Flux or Argo CD objects.</source>
        <translation>Driftdeck vergleicht, was Ihre Git-Repositories deklarieren, mit dem, was in Ihren Kubernetes-Clustern läuft, zeigt jedes abweichende Feld und wer es geändert hat, und öffnet Pull Requests, die die Abweichung beheben.&lt;br&gt;&lt;br&gt;&lt;b&gt;1.&lt;/b&gt; Verbinden Sie einen Cluster aus Ihrer kubeconfig.&lt;br&gt;&lt;b&gt;2.&lt;/b&gt; Fügen Sie das Git-Repository hinzu, das ihn deklariert, oder lassen Sie Driftdeck es über die Flux- oder Argo-CD-Objekte des Clusters finden.</translation>
    </message>
    <message>
        <source>Connect a cluster…</source>
        <translation>Cluster verbinden …</translation>
    </message>
    <message>
        <source>Add repository…</source>
        <translation>Repository hinzufügen …</translation>
    </message>
    <message>
        <source>Try the demo</source>
        <translation>Demo ausprobieren</translation>
    </message>
</context>
<context>
    <name>driftdeck::views::HistoryDialog</name>
    <message>
        <source>Drift History of %1</source>
        <translation>Abweichungsverlauf von %1</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Git</source>
        <translation>Git</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Im Cluster</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>Geändert von</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>Zuerst gesehen</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Behoben</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>still drifted</source>
        <translation>weiterhin abgewichen</translation>
    </message>
    <message>
        <source>No drift has been recorded for this resource.</source>
        <translation>Für diese Ressource wurden keine Abweichungen aufgezeichnet.</translation>
    </message>
</context>
<context>
    <name>driftdeck::views::MainWindow</name>
    <message>
        <source>Driftdeck</source>
        <translation>Driftdeck</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Connect Cluster…</source>
        <translation>Cluster &amp;verbinden …</translation>
    </message>
    <message>
        <source>Connect a cluster from your kubeconfig</source>
        <translation>Einen Cluster aus Ihrer kubeconfig verbinden</translation>
    </message>
    <message>
        <source>&amp;Add Repository…</source>
        <translation>Repository &amp;hinzufügen …</translation>
    </message>
    <message>
        <source>Add the Git repository that declares a cluster</source>
        <translation>Das Git-Repository hinzufügen, das einen Cluster deklariert</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;About Driftdeck</source>
        <translation>&amp;Über Driftdeck</translation>
    </message>
    <message>
        <source>No clusters connected</source>
        <translation>Keine Cluster verbunden</translation>
    </message>
    <message>
        <source>About Driftdeck</source>
        <translation>Über Driftdeck</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Driftdeck %1&lt;/h3&gt;&lt;p&gt;Exact, attributed drift between Git and your Kubernetes clusters, with pull requests that resolve it.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Driftdeck %1&lt;/h3&gt;&lt;p&gt;Genaue, zugeordnete Abweichungen zwischen Git und Ihren Kubernetes-Clustern, mit Pull Requests, die sie beheben.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Diff</source>
        <translation>&amp;Diff</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Design</translation>
    </message>
    <message>
        <source>&amp;Export Drift Report…</source>
        <translation>Abweichungsbericht &amp;exportieren …</translation>
    </message>
    <message>
        <source>Save the drift of the selected resources as HTML or JSON</source>
        <translation>Die Abweichungen der ausgewählten Ressourcen als HTML oder JSON speichern</translation>
    </message>
    <message>
        <source>Copy as &amp;Patch</source>
        <translation>Als &amp;Patch kopieren</translation>
    </message>
    <message>
        <source>Copy the selected resource's diff as a unified patch</source>
        <translation>Den Diff der ausgewählten Ressource als Unified-Patch kopieren</translation>
    </message>
    <message>
        <source>&amp;Filter…</source>
        <translation>&amp;Filtern …</translation>
    </message>
    <message>
        <source>Only &amp;Drift</source>
        <translation>Nur &amp;Abweichungen</translation>
    </message>
    <message>
        <source>Show only drifted, missing and extra resources</source>
        <translation>Nur abweichende, fehlende und überzählige Ressourcen zeigen</translation>
    </message>
    <message>
        <source>Show &amp;Diff</source>
        <translation>&amp;Diff zeigen</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen …</translation>
    </message>
    <message>
        <source>Follow the &amp;System</source>
        <translation>Dem &amp;System folgen</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <source>Filter by name, kind or namespace (Ctrl+F)</source>
        <translation>Nach Name, Art oder Namespace filtern (Strg+F)</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <source>All namespaces</source>
        <translation>Alle Namespaces</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Alle Zustände</translation>
    </message>
    <message>
        <source>Git · %1</source>
        <translation>Git · %1</translation>
    </message>
    <message>
        <source>Live · %1</source>
        <translation>Live · %1</translation>
    </message>
    <message>
        <source>Clusters: %1, resources: %2</source>
        <translation>Cluster: %1, Ressourcen: %2</translation>
    </message>
    <message>
        <source>Driftdeck: %1</source>
        <translation>Driftdeck: %1</translation>
    </message>
    <message>
        <source>%1 in %2: %3 changed by %4</source>
        <translation>%1 in %2: %3 geändert von %4</translation>
    </message>
    <message>
        <source>%1 in %2 is %3</source>
        <translation>%1 in %2 ist %3</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>und %1 weitere</translation>
    </message>
    <message>
        <source>New drift</source>
        <translation>Neue Abweichung</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Saved the drift report to %1</source>
        <translation>Abweichungsbericht in %1 gespeichert</translation>
    </message>
    <message>
        <source>Export Drift Report</source>
        <translation>Abweichungsbericht exportieren</translation>
    </message>
    <message>
        <source>HTML report (*.html);;JSON (*.json)</source>
        <translation>HTML-Bericht (*.html);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Select a resource with a diff to copy it as a patch.</source>
        <translation>Wählen Sie eine Ressource mit Diff, um sie als Patch zu kopieren.</translation>
    </message>
    <message>
        <source>Copied the patch to the clipboard.</source>
        <translation>Patch in die Zwischenablage kopiert.</translation>
    </message>
    <message>
        <source>&amp;Resource</source>
        <translation>&amp;Ressource</translation>
    </message>
    <message>
        <source>Open &amp;Pull Request…</source>
        <translation>&amp;Pull Request öffnen …</translation>
    </message>
    <message>
        <source>Open a pull request that makes Git match the cluster for the selection</source>
        <translation>Einen Pull Request öffnen, der Git für die Auswahl an den Cluster angleicht</translation>
    </message>
    <message>
        <source>Drift &amp;History…</source>
        <translation>Abweichungs&amp;verlauf …</translation>
    </message>
    <message>
        <source>&amp;Wall Display</source>
        <translation>&amp;Wandanzeige</translation>
    </message>
</context>
<context>
    <name>driftdeck::views::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Dem System folgen</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>How often Git sources are fetched again; cluster changes arrive live.</source>
        <translation>Wie oft Git-Quellen neu abgerufen werden; Änderungen im Cluster kommen live an.</translation>
    </message>
    <message>
        <source>Notify when new drift appears</source>
        <translation>Benachrichtigen, wenn neue Abweichungen auftreten</translation>
    </message>
    <message>
        <source>One field a line, e.g. spec.replicas or /metadata/annotations/deployment.kubernetes.io~1revision</source>
        <translation>Ein Feld pro Zeile, z. B. spec.replicas oder /metadata/annotations/deployment.kubernetes.io~1revision</translation>
    </message>
    <message>
        <source>Theme:</source>
        <translation>Design:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Sprache:</translation>
    </message>
    <message>
        <source>Fetch Git every:</source>
        <translation>Git abrufen alle:</translation>
    </message>
    <message>
        <source>Ignore fields:</source>
        <translation>Felder ignorieren:</translation>
    </message>
    <message>
        <source>Exact comparison (server-side dry run, needs patch rights)</source>
        <translation>Exakter Vergleich (serverseitiger Probelauf, braucht Patch-Rechte)</translation>
    </message>
    <message>
        <source>Asks the cluster what applying Git would produce, as Argo CD's server-side diff and flux diff do. Nothing is written. Without patch rights the read-only comparison is used.</source>
        <translation>Fragt den Cluster, was das Anwenden von Git ergäbe, wie Argo CDs serverseitiger Diff und flux diff. Es wird nichts geschrieben. Ohne Patch-Rechte wird lesend verglichen.</translation>
    </message>
</context>
<context>
    <name>driftdeck::views::PullRequestDialog</name>
    <message>
        <source>Open Pull Request</source>
        <translation>Pull Request öffnen</translation>
    </message>
    <message>
        <source>Makes Git match the cluster %1. Resources included: %2. Source %3 (%4, branch %5).</source>
        <translation>Gleicht Git an den Cluster %1 an. Enthaltene Ressourcen: %2. Quelle %3 (%4, Branch %5).</translation>
    </message>
    <message>
        <source>Not included:</source>
        <translation>Nicht enthalten:</translation>
    </message>
    <message>
        <source>Nothing in this selection can be changed in Git.</source>
        <translation>Nichts in dieser Auswahl kann in Git geändert werden.</translation>
    </message>
    <message>
        <source>Open as draft</source>
        <translation>Als Entwurf öffnen</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titel:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Beschreibung:</translation>
    </message>
    <message>
        <source>Target branch:</source>
        <translation>Ziel-Branch:</translation>
    </message>
    <message>
        <source>Create Pull Request</source>
        <translation>Pull Request erstellen</translation>
    </message>
    <message>
        <source>The edit to the Git files:</source>
        <translation>Die Änderung an den Git-Dateien:</translation>
    </message>
    <message>
        <source>The pull request needs a title.</source>
        <translation>Der Pull Request braucht einen Titel.</translation>
    </message>
    <message>
        <source>Connecting to the repository…</source>
        <translation>Verbinde mit dem Repository …</translation>
    </message>
    <message>
        <source>Fetching the target branch…</source>
        <translation>Hole den Ziel-Branch …</translation>
    </message>
    <message>
        <source>Creating the commit…</source>
        <translation>Erstelle den Commit …</translation>
    </message>
    <message>
        <source>Pushing the branch…</source>
        <translation>Pushe den Branch …</translation>
    </message>
    <message>
        <source>Opening the pull request…</source>
        <translation>Öffne den Pull Request …</translation>
    </message>
    <message>
        <source>This drift already has an open pull request: %1</source>
        <translation>Für diese Abweichung ist bereits ein Pull Request offen: %1</translation>
    </message>
    <message>
        <source>Pull request opened: %1</source>
        <translation>Pull Request geöffnet: %1</translation>
    </message>
</context>
<context>
    <name>driftdeck::views::WallTile</name>
    <message>
        <source>Unreachable for %1: %2</source>
        <translation>Seit %1 nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>Stale: last data %1</source>
        <translation>Veraltet: letzte Daten %1</translation>
    </message>
    <message>
        <source>Changed %1</source>
        <translation>Geändert %1</translation>
    </message>
    <message>
        <source>Runs %1 · branch at %2</source>
        <translation>Läuft %1 · Branch bei %2</translation>
    </message>
    <message>
        <source>Runs %1 (branch head)</source>
        <translation>Läuft %1 (Branch-Spitze)</translation>
    </message>
    <message>
        <source>%1 · %2 · by %3</source>
        <translation>%1 · %2 · von %3</translation>
    </message>
    <message>
        <source>an unknown manager</source>
        <translation>einem unbekannten Manager</translation>
    </message>
</context>
<context>
    <name>driftdeck::views::WallWindow</name>
    <message>
        <source>Driftdeck wall</source>
        <translation>Driftdeck-Wandanzeige</translation>
    </message>
    <message>
        <source>Driftdeck — clusters: %1</source>
        <translation>Driftdeck — Cluster: %1</translation>
    </message>
    <message>
        <source>No drift anywhere.</source>
        <translation>Nirgends Abweichungen.</translation>
    </message>
    <message>
        <source>%1 &lt;b&gt;%2&lt;/b&gt; changed by %3 %4</source>
        <translation>%1 &lt;b&gt;%2&lt;/b&gt; geändert von %3 %4</translation>
    </message>
    <message>
        <source>an unknown manager</source>
        <translation>einem unbekannten Manager</translation>
    </message>
</context>
<context>
    <name>driftdeck::workspace::Reader</name>
    <message>
        <source>%1: %2 is required</source>
        <translation>%1: %2 ist erforderlich</translation>
    </message>
    <message>
        <source>%1: %2 must be text (put it in quotes)</source>
        <translation>%1: %2 muss Text sein (in Anführungszeichen setzen)</translation>
    </message>
</context>
<context>
    <name>driftdeck::workspace::SourceDiscovery</name>
    <message>
        <source>GitRepository %1 was not found</source>
        <translation>GitRepository %1 wurde nicht gefunden</translation>
    </message>
    <message>
        <source>No ArtifactGenerator produces the artifact %1</source>
        <translation>Kein ArtifactGenerator erzeugt das Artefakt %1</translation>
    </message>
    <message>
        <source>The artifact %1 has no copy for the path %2</source>
        <translation>Das Artefakt %1 hat keine Kopie für den Pfad %2</translation>
    </message>
    <message>
        <source>The artifact's source %1 is not a Git repository</source>
        <translation>Die Quelle %1 des Artefakts ist kein Git-Repository</translation>
    </message>
    <message>
        <source>%1: source %2 %3 is not a Git repository</source>
        <translation>%1: Quelle %2 %3 ist kein Git-Repository</translation>
    </message>
    <message>
        <source>%1: chart %2 comes from a Helm repository, not Git</source>
        <translation>%1: Chart %2 stammt aus einem Helm-Repository, nicht aus Git</translation>
    </message>
</context>
<context>
    <name>driftdeck::workspace::Workspace</name>
    <message>
        <source>The workspace file is not valid YAML</source>
        <translation>Die Workspace-Datei ist kein gültiges YAML</translation>
    </message>
    <message>
        <source>The workspace file must hold one mapping</source>
        <translation>Die Workspace-Datei muss genau eine Zuordnung enthalten</translation>
    </message>
    <message>
        <source>kind must be Workspace</source>
        <translation>kind muss Workspace sein</translation>
    </message>
    <message>
        <source>sources must be a list</source>
        <translation>sources muss eine Liste sein</translation>
    </message>
    <message>
        <source>%1 must be a mapping</source>
        <translation>%1 muss eine Zuordnung sein</translation>
    </message>
    <message>
        <source>%1: the name %2 is used twice</source>
        <translation>%1: Der Name %2 wird zweimal verwendet</translation>
    </message>
    <message>
        <source>%1: give either repository (a URL) or localPath</source>
        <translation>%1: entweder repository (eine URL) oder localPath angeben</translation>
    </message>
    <message>
        <source>%1: give branch or revision, not both</source>
        <translation>%1: Branch oder Revision angeben, nicht beides</translation>
    </message>
    <message>
        <source>%1: recurse must be true or false</source>
        <translation>%1: recurse muss true oder false sein</translation>
    </message>
    <message>
        <source>%1: tracking must be none, flux, argocd or labels</source>
        <translation>%1: tracking muss none, flux, argocd oder labels sein</translation>
    </message>
    <message>
        <source>%1: label tracking needs a selector</source>
        <translation>%1: Label-Tracking braucht einen Selektor</translation>
    </message>
    <message>
        <source>%1: intervalSeconds must be a positive number</source>
        <translation>%1: intervalSeconds muss eine positive Zahl sein</translation>
    </message>
    <message>
        <source>%1: do not write tokens into the workspace file; use tokenEnv</source>
        <translation>%1: Keine Tokens in die Workspace-Datei schreiben; tokenEnv verwenden</translation>
    </message>
    <message>
        <source>clusters must be a list</source>
        <translation>clusters muss eine Liste sein</translation>
    </message>
    <message>
        <source>%1: sources must be a list of source names</source>
        <translation>%1: sources muss eine Liste von Quellnamen sein</translation>
    </message>
    <message>
        <source>%1: unknown source %2</source>
        <translation>%1: unbekannte Quelle %2</translation>
    </message>
    <message>
        <source>The workspace file has problems</source>
        <translation>Die Workspace-Datei hat Fehler</translation>
    </message>
    <message>
        <source>Cannot open the workspace file</source>
        <translation>Workspace-Datei kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Cannot write the workspace file</source>
        <translation>Workspace-Datei kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>%1: do not write the SSH key's passphrase into the workspace file; use sshPassphraseEnv</source>
        <translation>%1: Die Passphrase des SSH-Schlüssels nicht in die Workspace-Datei schreiben; sshPassphraseEnv verwenden</translation>
    </message>
</context>
<context>
    <name>headless</name>
    <message>
        <source>Use this kubeconfig file only.</source>
        <translation>Nur diese kubeconfig-Datei verwenden.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Kubeconfig context (repeatable; default: the current context).</source>
        <translation>Kubeconfig-Kontext (mehrfach möglich; Standard: der aktuelle Kontext).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Workspace file naming the clusters and their sources (docs/workspace.md).</source>
        <translation>Workspace-Datei mit den Clustern und ihren Quellen (docs/workspace.md).</translation>
    </message>
    <message>
        <source>Repository URL or local path that declares the cluster.</source>
        <translation>Repository-URL oder lokaler Pfad, der den Cluster deklariert.</translation>
    </message>
    <message>
        <source>url|path</source>
        <translation>URL|Pfad</translation>
    </message>
    <message>
        <source>Folder inside the source.</source>
        <translation>Ordner innerhalb der Quelle.</translation>
    </message>
    <message>
        <source>path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Branch, tag or commit of the source.</source>
        <translation>Branch, Tag oder Commit der Quelle.</translation>
    </message>
    <message>
        <source>rev</source>
        <translation>Rev</translation>
    </message>
    <message>
        <source>Namespace for namespaced objects that name none.</source>
        <translation>Namespace für namespaced Objekte, die keinen nennen.</translation>
    </message>
    <message>
        <source>namespace</source>
        <translation>Namespace</translation>
    </message>
    <message>
        <source>Label selector of the objects the source owns (finds Extra objects).</source>
        <translation>Label-Selektor der Objekte, die der Quelle gehören (findet überzählige Objekte).</translation>
    </message>
    <message>
        <source>labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>How to render the source: auto, plain, kustomize, helm.</source>
        <translation>Wie die Quelle gerendert wird: auto, plain, kustomize, helm.</translation>
    </message>
    <message>
        <source>Seconds to wait for the first complete list of the cluster.</source>
        <translation>Sekunden, die auf die erste vollständige Liste des Clusters gewartet wird.</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <source>--timeout takes a positive number of seconds</source>
        <translation>--timeout erwartet eine positive Anzahl Sekunden</translation>
    </message>
    <message>
        <source>use either --workspace or --source, not both</source>
        <translation>entweder --workspace oder --source verwenden, nicht beides</translation>
    </message>
    <message>
        <source>source %1: %2</source>
        <translation>Quelle %1: %2</translation>
    </message>
    <message>
        <source>no access to: %1</source>
        <translation>kein Zugriff auf: %1</translation>
    </message>
    <message>
        <source>Some server-side dry runs did not answer in time; those resources are Unknown.</source>
        <translation>Einige serverseitige Probeläufe haben nicht rechtzeitig geantwortet; diese Ressourcen sind Unbekannt.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Render the window to a PNG file once loaded, then exit.</source>
        <translation>Das Fenster nach dem Laden als PNG-Datei speichern und beenden.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Window size for --screenshot, e.g. 1920x1080.</source>
        <translation>Fenstergröße für --screenshot, z. B. 1920x1080.</translation>
    </message>
    <message>
        <source>WxH</source>
        <translation>BxH</translation>
    </message>
    <message>
        <source>User interface language (en, de, ja).</source>
        <translation>Sprache der Oberfläche (en, de, ja).</translation>
    </message>
    <message>
        <source>code</source>
        <translation>Kürzel</translation>
    </message>
    <message>
        <source>Use this kubeconfig file only.</source>
        <translation>Nur diese kubeconfig-Datei verwenden.</translation>
    </message>
    <message>
        <source>Connect this kubeconfig context (repeatable).</source>
        <translation>Diesen kubeconfig-Kontext verbinden (mehrfach möglich).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Run 'driftdeck --help' for the options.</source>
        <translation>'driftdeck --help' zeigt die Optionen.</translation>
    </message>
    <message>
        <source>unknown command '%1'</source>
        <translation>unbekannter Befehl '%1'</translation>
    </message>
    <message>
        <source>invalid --size '%1', expected WIDTHxHEIGHT</source>
        <translation>ungültige --size '%1', erwartet BREITExHÖHE</translation>
    </message>
    <message>
        <source>The kubeconfig %1 does not exist.</source>
        <translation>Die kubeconfig %1 existiert nicht.</translation>
    </message>
    <message>
        <source>None of the files in KUBECONFIG exist (%1).</source>
        <translation>Keine der Dateien in KUBECONFIG existiert (%1).</translation>
    </message>
    <message>
        <source>No kubeconfig found: KUBECONFIG is not set and %1 does not exist.</source>
        <translation>Keine kubeconfig gefunden: KUBECONFIG ist nicht gesetzt und %1 existiert nicht.</translation>
    </message>
    <message>
        <source>timed out waiting for the window to load</source>
        <translation>Zeitüberschreitung beim Warten auf das Laden des Fensters</translation>
    </message>
    <message>
        <source>cannot write screenshot to %1</source>
        <translation>Bildschirmfoto kann nicht nach %1 geschrieben werden</translation>
    </message>
    <message>
        <source>Driftdeck shows where your Kubernetes clusters drift from Git, who changed what, and opens pull requests that resolve it.</source>
        <translation>Driftdeck zeigt, wo Ihre Kubernetes-Cluster von Git abweichen und wer was geändert hat, und öffnet Pull Requests, die das beheben.</translation>
    </message>
    <message>
        <source>Subcommands (run 'driftdeck COMMAND --help'):</source>
        <translation>Unterbefehle ('driftdeck BEFEHL --help' ausführen):</translation>
    </message>
    <message>
        <source>compare headless and report drift</source>
        <translation>ohne Oberfläche vergleichen und Abweichungen melden</translation>
    </message>
    <message>
        <source>turn drift into a pull request, headless</source>
        <translation>Abweichungen ohne Oberfläche in einen Pull Request verwandeln</translation>
    </message>
    <message>
        <source>Repository URL or local path that declares the clusters.</source>
        <translation>Repository-URL oder lokaler Pfad, der die Cluster deklariert.</translation>
    </message>
    <message>
        <source>url|path</source>
        <translation>URL|Pfad</translation>
    </message>
    <message>
        <source>Folder inside the source.</source>
        <translation>Ordner innerhalb der Quelle.</translation>
    </message>
    <message>
        <source>path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Branch, tag or commit of the source.</source>
        <translation>Branch, Tag oder Commit der Quelle.</translation>
    </message>
    <message>
        <source>rev</source>
        <translation>Rev</translation>
    </message>
    <message>
        <source>Namespace for namespaced objects that name none.</source>
        <translation>Namespace für namespaced Objekte, die keinen nennen.</translation>
    </message>
    <message>
        <source>namespace</source>
        <translation>Namespace</translation>
    </message>
    <message>
        <source>Label selector of the objects the source owns (finds Extra objects).</source>
        <translation>Label-Selektor der Objekte, die der Quelle gehören (findet überzählige Objekte).</translation>
    </message>
    <message>
        <source>labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>Workspace file naming the clusters and their sources.</source>
        <translation>Workspace-Datei mit den Clustern und ihren Quellen.</translation>
    </message>
    <message>
        <source>Open the multi-cluster wall display full screen.</source>
        <translation>Die Wandanzeige aller Cluster im Vollbild öffnen.</translation>
    </message>
    <message>
        <source>Start the demo: three emulated clusters and a sample Git repository.</source>
        <translation>Die Demo starten: drei emulierte Cluster und ein Beispiel-Git-Repository.</translation>
    </message>
    <message>
        <source>Without a kubeconfig, show the empty window instead of starting the demo.</source>
        <translation>Ohne kubeconfig das leere Fenster zeigen, statt die Demo zu starten.</translation>
    </message>
</context>
<context>
    <name>resolve</name>
    <message>
        <source>Turn drift into a minimal Git edit and open a pull request for it, without a display.
Without --resource it takes all drift of the source. Exit status: 0 done or nothing to do, 1 some resources were refused, 2 error.</source>
        <translation>Macht aus Abweichungen eine minimale Git-Änderung und öffnet dafür einen Pull Request, ohne Bildschirm.
Ohne --resource werden alle Abweichungen der Quelle genommen. Exit-Status: 0 erledigt oder nichts zu tun, 1 einige Ressourcen abgelehnt, 2 Fehler.</translation>
    </message>
    <message>
        <source>Resource to resolve as KIND/NAMESPACE/NAME (repeatable).</source>
        <translation>Zu behebende Ressource als KIND/NAMESPACE/NAME (mehrfach möglich).</translation>
    </message>
    <message>
        <source>resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <source>Forge kind: github, gitlab or gitea (default: from the remote URL).</source>
        <translation>Forge-Art: github, gitlab oder gitea (Standard: aus der Remote-URL).</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Forge API URL, e.g. https://git.example/api/v3.</source>
        <translation>Forge-API-URL, z. B. https://git.example/api/v3.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Where to push the branch (default: the source's repository).</source>
        <translation>Wohin der Branch gepusht wird (Standard: das Repository der Quelle).</translation>
    </message>
    <message>
        <source>Target branch of the pull request (default: the source's branch).</source>
        <translation>Ziel-Branch des Pull Requests (Standard: der Branch der Quelle).</translation>
    </message>
    <message>
        <source>branch</source>
        <translation>Branch</translation>
    </message>
    <message>
        <source>Open the pull request as a draft.</source>
        <translation>Den Pull Request als Entwurf öffnen.</translation>
    </message>
    <message>
        <source>Print the Git edit as a unified diff and change nothing.</source>
        <translation>Die Git-Änderung als Unified Diff ausgeben und nichts ändern.</translation>
    </message>
    <message>
        <source>unknown --forge '%1' (use github, gitlab or gitea)</source>
        <translation>unbekannte --forge '%1' (github, gitlab oder gitea verwenden)</translation>
    </message>
    <message>
        <source>%1 is unreachable: %2</source>
        <translation>%1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>abgelehnt: %1</translation>
    </message>
    <message>
        <source>Existing pull request: %1</source>
        <translation>Bestehender Pull Request: %1</translation>
    </message>
    <message>
        <source>Pull request: %1</source>
        <translation>Pull Request: %1</translation>
    </message>
    <message>
        <source>none of the named resources has drift to resolve</source>
        <translation>keine der genannten Ressourcen hat zu behebende Abweichungen</translation>
    </message>
    <message>
        <source>Nothing to resolve: Git and the cluster agree.</source>
        <translation>Nichts zu beheben: Git und der Cluster stimmen überein.</translation>
    </message>
</context>
</TS>