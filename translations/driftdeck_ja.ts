<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>StateStyle</name>
    <message>
        <source>Synced</source>
        <translation>同期済み</translation>
    </message>
    <message>
        <source>Drifted</source>
        <translation>ドリフト</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>欠落</translation>
    </message>
    <message>
        <source>Extra</source>
        <translation>余剰</translation>
    </message>
    <message>
        <source>Ignored</source>
        <translation>無視</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>Healthy</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>停止中</translation>
    </message>
    <message>
        <source>Progressing</source>
        <translation>進行中</translation>
    </message>
    <message>
        <source>Missing</source>
        <comment>health</comment>
        <translation>欠落</translation>
    </message>
    <message>
        <source>Degraded</source>
        <translation>異常</translation>
    </message>
    <message>
        <source>Unknown</source>
        <comment>health</comment>
        <translation>不明</translation>
    </message>
</context>
<context>
    <name>driftdeck::views::EmptyStateWidget</name>
    <message>
        <source>No cluster connected yet</source>
        <translation>まだクラスターが接続されていません</translation>
    </message>
    <message>
        <source>Driftdeck compares what your Git repositories declare with what runs in your Kubernetes clusters, shows every drifted field and who changed it, and opens pull requests that resolve it.&lt;br&gt;&lt;br&gt;&lt;b&gt;1.&lt;/b&gt; Connect a cluster from your kubeconfig.&lt;br&gt;&lt;b&gt;2.&lt;/b&gt; Add the Git repository that declares it, or let Driftdeck find it from the cluster's Flux or Argo CD objects.</source>
        <translation>Driftdeck は Git リポジトリの宣言と Kubernetes クラスターで実際に動いている内容を比較し、ドリフトしたすべてのフィールドと変更者を表示し、それを解消するプルリクエストを作成します。&lt;br&gt;&lt;br&gt;&lt;b&gt;1.&lt;/b&gt; kubeconfig からクラスターを接続します。&lt;br&gt;&lt;b&gt;2.&lt;/b&gt; そのクラスターを宣言する Git リポジトリを追加するか、クラスターの Flux または Argo CD オブジェクトから Driftdeck に見つけさせます。</translation>
    </message>
    <message>
        <source>Connect a cluster…</source>
        <translation>クラスターを接続…</translation>
    </message>
    <message>
        <source>Add repository…</source>
        <translation>リポジトリを追加…</translation>
    </message>
    <message>
        <source>Try the demo</source>
        <translation>デモを試す</translation>
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
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Connect Cluster…</source>
        <translation>クラスターを接続(&amp;C)…</translation>
    </message>
    <message>
        <source>Connect a cluster from your kubeconfig</source>
        <translation>kubeconfig からクラスターを接続します</translation>
    </message>
    <message>
        <source>&amp;Add Repository…</source>
        <translation>リポジトリを追加(&amp;A)…</translation>
    </message>
    <message>
        <source>Add the Git repository that declares a cluster</source>
        <translation>クラスターを宣言する Git リポジトリを追加します</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>更新(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;About Driftdeck</source>
        <translation>Driftdeck について(&amp;A)</translation>
    </message>
    <message>
        <source>No clusters connected</source>
        <translation>接続されているクラスターはありません</translation>
    </message>
    <message>
        <source>About Driftdeck</source>
        <translation>Driftdeck について</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Driftdeck %1&lt;/h3&gt;&lt;p&gt;Exact, attributed drift between Git and your Kubernetes clusters, with pull requests that resolve it.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Driftdeck %1&lt;/h3&gt;&lt;p&gt;Git と Kubernetes クラスターの間の正確で変更者付きのドリフトと、それを解消するプルリクエスト。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Render the window to a PNG file once loaded, then exit.</source>
        <translation>読み込み後にウィンドウを PNG ファイルに保存して終了します。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Window size for --screenshot, e.g. 1920x1080.</source>
        <translation>--screenshot のウィンドウサイズ (例: 1920x1080)。</translation>
    </message>
    <message>
        <source>WxH</source>
        <translation>幅x高さ</translation>
    </message>
    <message>
        <source>User interface language (en, de, ja).</source>
        <translation>表示言語 (en, de, ja)。</translation>
    </message>
    <message>
        <source>code</source>
        <translation>コード</translation>
    </message>
    <message>
        <source>Use this kubeconfig file only.</source>
        <translation>この kubeconfig ファイルのみを使用します。</translation>
    </message>
    <message>
        <source>Connect this kubeconfig context (repeatable).</source>
        <translation>この kubeconfig コンテキストを接続します (複数指定可)。</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Run 'driftdeck --help' for the options.</source>
        <translation>オプションは 'driftdeck --help' で確認できます。</translation>
    </message>
    <message>
        <source>unknown command '%1'</source>
        <translation>不明なコマンド '%1'</translation>
    </message>
    <message>
        <source>invalid --size '%1', expected WIDTHxHEIGHT</source>
        <translation>--size '%1' が不正です。幅x高さ の形式で指定してください</translation>
    </message>
    <message>
        <source>The kubeconfig %1 does not exist.</source>
        <translation>kubeconfig %1 が存在しません。</translation>
    </message>
    <message>
        <source>None of the files in KUBECONFIG exist (%1).</source>
        <translation>KUBECONFIG のファイルがどれも存在しません (%1)。</translation>
    </message>
    <message>
        <source>No kubeconfig found: KUBECONFIG is not set and %1 does not exist.</source>
        <translation>kubeconfig が見つかりません: KUBECONFIG が未設定で、%1 も存在しません。</translation>
    </message>
    <message>
        <source>timed out waiting for the window to load</source>
        <translation>ウィンドウの読み込み待ちがタイムアウトしました</translation>
    </message>
    <message>
        <source>cannot write screenshot to %1</source>
        <translation>スクリーンショットを %1 に書き込めません</translation>
    </message>
    <message>
        <source>Driftdeck shows where your Kubernetes clusters drift from Git, who changed what, and opens pull requests that resolve it.</source>
        <translation>Driftdeck は Kubernetes クラスターが Git からドリフトしている箇所と変更者を示し、それを解消するプルリクエストを作成します。</translation>
    </message>
    <message>
        <source>Subcommands (run 'driftdeck COMMAND --help'):</source>
        <translation>サブコマンド ('driftdeck COMMAND --help' で詳細):</translation>
    </message>
    <message>
        <source>compare headless and report drift</source>
        <translation>画面なしで比較してドリフトを報告</translation>
    </message>
</context>
</TS>