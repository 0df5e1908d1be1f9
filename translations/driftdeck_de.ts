<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
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
</context>
</TS>