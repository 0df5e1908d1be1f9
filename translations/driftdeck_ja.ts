<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>AppController</name>
    <message>
        <source>TLS verification is off for this cluster (insecure-skip-tls-verify).</source>
        <translation>このクラスターでは TLS 検証がオフです (insecure-skip-tls-verify)。</translation>
    </message>
    <message>
        <source>The kubeconfig names no current context; choose one with --context.</source>
        <translation>kubeconfig に現在のコンテキストがありません。--context で選んでください。</translation>
    </message>
    <message>
        <source>Flux Kustomization</source>
        <translation>Flux Kustomization</translation>
    </message>
    <message>
        <source>Argo CD Application</source>
        <translation>Argo CD Application</translation>
    </message>
    <message>
        <source>command line</source>
        <translation>コマンドライン</translation>
    </message>
    <message>
        <source>added repository</source>
        <translation>追加したリポジトリ</translation>
    </message>
    <message>
        <source>the server's answer is not JSON</source>
        <translation>サーバーの応答が JSON ではありません</translation>
    </message>
</context>
<context>
    <name>CredentialHelper</name>
    <message>
        <source>Git is not installed: no credential helper can be asked</source>
        <translation>Git がインストールされていません: 資格情報ヘルパーを使用できません</translation>
    </message>
    <message>
        <source>The Git credential helper could not be started</source>
        <translation>Git 資格情報ヘルパーを起動できませんでした</translation>
    </message>
    <message>
        <source>The Git credential helper did not answer</source>
        <translation>Git 資格情報ヘルパーが応答しませんでした</translation>
    </message>
    <message>
        <source>No credential helper has a credential for this server</source>
        <translation>このサーバーの資格情報を持つヘルパーがありません</translation>
    </message>
</context>
<context>
    <name>DesiredStore</name>
    <message>
        <source>The object is declared more than once</source>
        <translation>オブジェクトが複数回宣言されています</translation>
    </message>
    <message>
        <source>The object is already declared by another source</source>
        <translation>オブジェクトは別のソースで既に宣言されています</translation>
    </message>
</context>
<context>
    <name>DriftEngine</name>
    <message>
        <source>cluster unreachable since %1: %2</source>
        <translation>%1 からクラスターに到達できません: %2</translation>
    </message>
    <message>
        <source>Unknown cluster %1.</source>
        <translation>不明なクラスター %1。</translation>
    </message>
    <message>
        <source>No Flux or Argo CD objects declare sources in this cluster; name one with --source or a workspace file.</source>
        <translation>このクラスターにはソースを宣言する Flux や Argo CD のオブジェクトがありません。--source かワークスペースファイルで指定してください。</translation>
    </message>
    <message>
        <source>not connected to the cluster yet</source>
        <translation>まだクラスターに接続していません</translation>
    </message>
    <message>
        <source>no access: the cluster does not let you list %1</source>
        <translation>アクセス不可: %1 の一覧取得が許可されていません</translation>
    </message>
    <message>
        <source>still listing %1</source>
        <translation>%1 を一覧取得中</translation>
    </message>
    <message>
        <source>the cluster does not serve %1 (is its CRD installed?)</source>
        <translation>クラスターは %1 を提供していません (CRD はインストールされていますか?)</translation>
    </message>
    <message>
        <source>the cluster does not serve %1</source>
        <translation>クラスターは %1 を提供していません</translation>
    </message>
    <message>
        <source>the API server's answer is not a JSON object</source>
        <translation>API サーバーの応答が JSON オブジェクトではありません</translation>
    </message>
    <message>
        <source>waiting for the API server's dry run (exact mode)</source>
        <translation>API サーバーのドライランを待っています（厳密モード）</translation>
    </message>
    <message>
        <source>Exact mode needs patch rights, which this user lacks (%1); compared without a dry run.</source>
        <translation>厳密モードには patch 権限が必要ですが、このユーザーにはありません（%1）。ドライランなしで比較しました。</translation>
    </message>
    <message>
        <source>The API server's dry run failed (%1); compared without it.</source>
        <translation>API サーバーのドライランが失敗しました（%1）。ドライランなしで比較しました。</translation>
    </message>
</context>
<context>
    <name>DriftReport</name>
    <message>
        <source>Drift report</source>
        <translation>ドリフトレポート</translation>
    </message>
    <message>
        <source>Generated %1</source>
        <translation>作成日時 %1</translation>
    </message>
    <message>
        <source>cluster %1, source %2</source>
        <translation>クラスター %1、ソース %2</translation>
    </message>
    <message>
        <source>Declared in %1:%2 at %3</source>
        <translation>宣言元 %1:%2(リビジョン %3)</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>フィールド</translation>
    </message>
    <message>
        <source>Git</source>
        <translation>Git</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>ライブ</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>変更者</translation>
    </message>
    <message>
        <source>When</source>
        <translation>日時</translation>
    </message>
</context>
<context>
    <name>ForgeClient</name>
    <message>
        <source>A pull request for %1 already exists but could not be found.</source>
        <translation>%1 のプルリクエストは既に存在しますが、見つかりませんでした。</translation>
    </message>
    <message>
        <source>Authentication failed: %1 did not accept the token.</source>
        <translation>認証に失敗しました: %1 がトークンを受け付けませんでした。</translation>
    </message>
    <message>
        <source>Permission denied: the token may not open pull requests in %1 on %2.</source>
        <translation>権限がありません: このトークンでは %2 の %1 にプルリクエストを作成できません。</translation>
    </message>
    <message>
        <source>Not found: %1 does not exist on %2, or the token cannot see it.</source>
        <translation>見つかりません: %1 は %2 に存在しないか、トークンから参照できません。</translation>
    </message>
    <message>
        <source>%1 had a server error (HTTP %2); try again later.</source>
        <translation>%1 でサーバーエラーが発生しました (HTTP %2)。しばらくしてから再試行してください。</translation>
    </message>
    <message>
        <source>%1 refused the pull request: %2</source>
        <translation>%1 がプルリクエストを拒否しました: %2</translation>
    </message>
    <message>
        <source>%1 answered with HTTP %2.</source>
        <translation>%1 が HTTP %2 を返しました。</translation>
    </message>
</context>
<context>
    <name>ForgeDetector</name>
    <message>
        <source>%1 is not a remote URL Driftdeck understands.</source>
        <translation>%1 は Driftdeck が理解できるリモート URL ではありません。</translation>
    </message>
    <message>
        <source>Driftdeck cannot tell which forge hosts %1; choose GitHub, GitLab or Gitea and give its API URL.</source>
        <translation>%1 をホストしているフォージを判別できません。GitHub、GitLab、Gitea のいずれかを選び、API URL を指定してください。</translation>
    </message>
    <message>
        <source>%1 does not name a repository as owner/name.</source>
        <translation>%1 は owner/name 形式のリポジトリを示していません。</translation>
    </message>
    <message>
        <source>%1 does not name a GitLab project as group/project.</source>
        <translation>%1 は group/project 形式の GitLab プロジェクトを示していません。</translation>
    </message>
</context>
<context>
    <name>GitHubClient</name>
    <message>
        <source>%1 sent an answer Driftdeck does not understand.</source>
        <translation>%1 から Driftdeck が理解できない応答が返されました。</translation>
    </message>
    <message>
        <source>The branch %1 does not exist in %2; push it first.</source>
        <translation>ブランチ %1 は %2 に存在しません。先にプッシュしてください。</translation>
    </message>
    <message>
        <source>The pull request was opened, but its labels could not be set.</source>
        <translation>プルリクエストは作成されましたが、ラベルを設定できませんでした。</translation>
    </message>
</context>
<context>
    <name>GitLabClient</name>
    <message>
        <source>%1 sent an answer Driftdeck does not understand.</source>
        <translation>%1 から Driftdeck が理解できない応答が返されました。</translation>
    </message>
</context>
<context>
    <name>GiteaClient</name>
    <message>
        <source>%1 sent an answer Driftdeck does not understand.</source>
        <translation>%1 から Driftdeck が理解できない応答が返されました。</translation>
    </message>
    <message>
        <source>The pull request was opened; these labels do not exist in %1: %2</source>
        <translation>プルリクエストは作成されましたが、次のラベルは %1 に存在しません: %2</translation>
    </message>
</context>
<context>
    <name>HistoryStore</name>
    <message>
        <source>The drift history could not be saved (%1).</source>
        <translation>ドリフト履歴を保存できませんでした (%1)。</translation>
    </message>
    <message>
        <source>The drift history database %1 is damaged and could not be moved aside.</source>
        <translation>ドリフト履歴データベース %1 が破損しており、退避できませんでした。</translation>
    </message>
    <message>
        <source>The drift history database was damaged or locked (%1); it was moved to %2 and a new one was started.</source>
        <translation>ドリフト履歴データベースが破損またはロックされていました (%1)。%2 に移動し、新しいデータベースを作成しました。</translation>
    </message>
    <message>
        <source>The drift history database could not be opened.</source>
        <translation>ドリフト履歴データベースを開けませんでした。</translation>
    </message>
    <message>
        <source>The drift history database is damaged.</source>
        <translation>ドリフト履歴データベースが破損しています。</translation>
    </message>
    <message>
        <source>The drift history database is locked by another program.</source>
        <translation>ドリフト履歴データベースが別のプログラムによってロックされています。</translation>
    </message>
    <message>
        <source>The drift history database could not be prepared.</source>
        <translation>ドリフト履歴データベースを準備できませんでした。</translation>
    </message>
</context>
<context>
    <name>HttpTransport</name>
    <message>
        <source>The network library could not be started.</source>
        <translation>ネットワークライブラリを起動できませんでした。</translation>
    </message>
    <message>
        <source>Network unreachable: could not reach %1.</source>
        <translation>ネットワークに到達できません: %1 に接続できませんでした。</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: its certificate could not be verified.</source>
        <translation>%1 への安全な接続に失敗しました: 証明書を検証できませんでした。</translation>
    </message>
    <message>
        <source>The request to %1 failed.</source>
        <translation>%1 へのリクエストが失敗しました。</translation>
    </message>
</context>
<context>
    <name>OwnedObjects</name>
    <message>
        <source>Cannot read the %1: the server's answer is not JSON.</source>
        <translation>%1 を読み取れません: サーバーの応答が JSON ではありません。</translation>
    </message>
    <message>
        <source>Cannot read the %1: %2</source>
        <translation>%1 を読み取れません: %2</translation>
    </message>
</context>
<context>
    <name>Publisher</name>
    <message>
        <source>The path %1 cannot be written in a repository.</source>
        <translation>パス %1 はリポジトリに書き込めません。</translation>
    </message>
    <message>
        <source>The new content of %1 could not be stored.</source>
        <translation>%1 の新しい内容を保存できませんでした。</translation>
    </message>
    <message>
        <source>The edit could not be applied to the repository tree.</source>
        <translation>編集をリポジトリのツリーに適用できませんでした。</translation>
    </message>
    <message>
        <source>There is nothing to publish: the change edits no file.</source>
        <translation>公開するものがありません: この変更はファイルを編集していません。</translation>
    </message>
    <message>
        <source>Choose the branch the pull request should target.</source>
        <translation>プルリクエストのマージ先ブランチを選んでください。</translation>
    </message>
    <message>
        <source>The repository %1 could not be opened.</source>
        <translation>リポジトリ %1 を開けませんでした。</translation>
    </message>
    <message>
        <source>The remote of %1 could not be found.</source>
        <translation>%1 のリモートが見つかりませんでした。</translation>
    </message>
    <message>
        <source>Authentication failed: %1 did not accept the credentials.</source>
        <translation>認証に失敗しました: %1 が認証情報を受け付けませんでした。</translation>
    </message>
    <message>
        <source>Permission denied: these credentials may not push to %1.</source>
        <translation>権限がありません: この認証情報では %1 にプッシュできません。</translation>
    </message>
    <message>
        <source>Not found: %1 does not exist or these credentials cannot see it.</source>
        <translation>見つかりません: %1 は存在しないか、この認証情報から参照できません。</translation>
    </message>
    <message>
        <source>The certificate of %1 could not be verified.</source>
        <translation>%1 の証明書を検証できませんでした。</translation>
    </message>
    <message>
        <source>Network unreachable: could not connect to %1.</source>
        <translation>ネットワークに到達できません: %1 に接続できませんでした。</translation>
    </message>
    <message>
        <source>Git could not talk to %1.</source>
        <translation>Git が %1 と通信できませんでした。</translation>
    </message>
    <message>
        <source>The branch %1 does not exist on %2.</source>
        <translation>ブランチ %1 は %2 に存在しません。</translation>
    </message>
    <message>
        <source>The branch %1 on %2 carries commits that Driftdeck did not make for this change; it was left untouched. Delete or rename that branch to publish this change.</source>
        <translation>%2 のブランチ %1 には、Driftdeck がこの変更のために作成していないコミットが含まれているため、変更しませんでした。この変更を公開するには、そのブランチを削除するか名前を変更してください。</translation>
    </message>
    <message>
        <source>The tip of %1 could not be read.</source>
        <translation>%1 の最新コミットを読み取れませんでした。</translation>
    </message>
    <message>
        <source>The edit changes nothing: %1 already has this content.</source>
        <translation>編集による変更はありません: %1 は既にこの内容です。</translation>
    </message>
    <message>
        <source>The edited tree could not be read back.</source>
        <translation>編集後のツリーを読み戻せませんでした。</translation>
    </message>
    <message>
        <source>No Git identity is configured; set user.name and user.email.</source>
        <translation>Git のユーザー情報が設定されていません。user.name と user.email を設定してください。</translation>
    </message>
    <message>
        <source>The commit could not be created.</source>
        <translation>コミットを作成できませんでした。</translation>
    </message>
    <message>
        <source>The branch %1 could not be created.</source>
        <translation>ブランチ %1 を作成できませんでした。</translation>
    </message>
    <message>
        <source>The push of %1 was refused as a non-fast-forward update: the branch changed on %2 meanwhile.</source>
        <translation>%1 のプッシュは fast-forward でない更新として拒否されました: その間に %2 のブランチが変更されました。</translation>
    </message>
    <message>
        <source>The push of %1 was refused as a non-fast-forward update: %2</source>
        <translation>%1 のプッシュは fast-forward でない更新として拒否されました: %2</translation>
    </message>
    <message>
        <source>%1 refused the branch %2 (it may be protected): %3</source>
        <translation>%1 がブランチ %2 を拒否しました (保護されている可能性があります): %3</translation>
    </message>
    <message>
        <source>%1 could not be read on %2.</source>
        <translation>%2 の %1 を読み取れませんでした。</translation>
    </message>
    <message>
        <source>%1 changed on %2 after the edit was prepared; refresh and review the edit again.</source>
        <translation>編集の準備後に %2 の %1 が変更されました。更新して編集内容をもう一度確認してください。</translation>
    </message>
    <message>
        <source>The branch %1 changed on %2 while Driftdeck was preparing its commit; nothing was pushed. Try again.</source>
        <translation>Driftdeck がコミットを準備している間に %2 のブランチ %1 が変更されたため、何もプッシュしませんでした。もう一度お試しください。</translation>
    </message>
</context>
<context>
    <name>PullRequestBody</name>
    <message>
        <source>Make Git match the cluster</source>
        <translation>Git をクラスターに合わせる</translation>
    </message>
    <message>
        <source>Make Git match %1 in %2</source>
        <translation>Git を %2 の %1 に合わせる</translation>
    </message>
    <message numerus="yes">
        <source>Make Git match %n resources in %1</source>
        <translation>
            <numerusform>Git を %1 の %n 個のリソースに合わせる</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Make Git match %n resources</source>
        <translation>
            <numerusform>Git を %n 個のリソースに合わせる</numerusform></translation>
    </message>
    <message>
        <source>Driftdeck found that the live state in cluster %1 differs from Git. This pull request makes Git match the live values below.</source>
        <translation>Driftdeck は、クラスター %1 のライブ状態が Git と異なることを検出しました。このプルリクエストは Git を以下のライブの値に合わせます。</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(未設定)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>Cluster: %1</source>
        <translation>クラスター: %1</translation>
    </message>
    <message>
        <source>%1 line %2</source>
        <translation>%1 の %2 行目</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 (%2 時点)</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>ソース: %1</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>フィールド</translation>
    </message>
    <message>
        <source>Git value</source>
        <translation>Git の値</translation>
    </message>
    <message>
        <source>Live value</source>
        <translation>ライブの値</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>変更者</translation>
    </message>
    <message>
        <source>When</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>Opened by Driftdeck %1. Review the change before merging.</source>
        <translation>Driftdeck %1 が作成しました。マージする前に変更を確認してください。</translation>
    </message>
</context>
<context>
    <name>PullRequestFlow</name>
    <message>
        <source>Select at least one drifted, missing or extra resource.</source>
        <translation>ドリフト、欠落、余剰のリソースを 1 つ以上選択してください。</translation>
    </message>
    <message>
        <source>The selection spans several sources; open one pull request per source.</source>
        <translation>選択が複数のソースにまたがっています。ソースごとにプルリクエストを作成してください。</translation>
    </message>
    <message>
        <source>The source %1 of cluster %2 is not loaded.</source>
        <translation>クラスター %2 のソース %1 は読み込まれていません。</translation>
    </message>
    <message>
        <source>the object is no longer both in Git and in the cluster</source>
        <translation>オブジェクトはもう Git とクラスターの両方にはありません</translation>
    </message>
    <message>
        <source>the object is no longer in the cluster</source>
        <translation>オブジェクトはもうクラスターにありません</translation>
    </message>
    <message>
        <source>the object is no longer in Git</source>
        <translation>オブジェクトはもう Git にありません</translation>
    </message>
    <message>
        <source>There is nothing to change in Git for this selection.</source>
        <translation>この選択では Git に変更するものがありません。</translation>
    </message>
</context>
<context>
    <name>PullRequestOpener</name>
    <message>
        <source>Select at least one drifted resource.</source>
        <translation>ドリフトしたリソースを 1 つ以上選択してください。</translation>
    </message>
    <message>
        <source>No token for %1: store one in the keychain or set %2.</source>
        <translation>%1 のトークンがありません。キーチェーンに保存するか、%2 を設定してください。</translation>
    </message>
</context>
<context>
    <name>SourceLoader</name>
    <message>
        <source>The source folder %1 does not exist.</source>
        <translation>ソースフォルダー %1 が存在しません。</translation>
    </message>
</context>
<context>
    <name>Sources</name>
    <message>
        <source>workspace</source>
        <translation>ワークスペース</translation>
    </message>
    <message>
        <source>no access to %1 objects: sources they declare are not discovered</source>
        <translation>%1 オブジェクトにアクセスできません: それらが宣言するソースは検出されません</translation>
    </message>
</context>
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
    <name>TokenStore</name>
    <message>
        <source>No keychain service is running (%1).</source>
        <translation>キーチェーンサービスが実行されていません (%1)。</translation>
    </message>
    <message>
        <source>The keychain is turned off.</source>
        <translation>キーチェーンは無効になっています。</translation>
    </message>
    <message>
        <source>This build of Driftdeck has no keychain support.</source>
        <translation>この Driftdeck ビルドはキーチェーンに対応していません。</translation>
    </message>
    <message>
        <source>The keychain is turned off; the token was not saved.</source>
        <translation>キーチェーンが無効のため、トークンは保存されませんでした。</translation>
    </message>
    <message>
        <source>The token could not be saved: no keychain service is running. Set %1 instead.</source>
        <translation>トークンを保存できませんでした: キーチェーンサービスが実行されていません。代わりに %1 を設定してください。</translation>
    </message>
    <message>
        <source>This build of Driftdeck has no keychain support; set %1 instead.</source>
        <translation>この Driftdeck ビルドはキーチェーンに対応していません。代わりに %1 を設定してください。</translation>
    </message>
    <message>
        <source>The token could not be removed from the keychain.</source>
        <translation>キーチェーンからトークンを削除できませんでした。</translation>
    </message>
</context>
<context>
    <name>Wall</name>
    <message>
        <source>an unknown time</source>
        <translation>不明な時間</translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n 秒</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n 分</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n 時間</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n 日</numerusform></translation>
    </message>
    <message>
        <source>never</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <comment>time since</comment>
        <translation>%1前</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>到達不能</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>接続中…</translation>
    </message>
    <message numerus="yes">
        <source>%n drifted</source>
        <translation>
            <numerusform>%n 件ドリフト</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n missing</source>
        <translation>
            <numerusform>%n 件欠落</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n extra</source>
        <translation>
            <numerusform>%n 件余剰</numerusform></translation>
    </message>
    <message>
        <source>No resources</source>
        <translation>リソースなし</translation>
    </message>
    <message>
        <source>In sync</source>
        <translation>同期済み</translation>
    </message>
    <message numerus="yes">
        <source>%n unknown</source>
        <translation>
            <numerusform>%n 件不明</numerusform></translation>
    </message>
</context>
<context>
    <name>check</name>
    <message>
        <source>Compare what Git declares with what runs in the cluster, without a display.
Exit status: 0 nothing listed in --fail-on was found, 1 something was, 2 error.</source>
        <translation>画面なしで Git の宣言とクラスターの実際を比較します。
終了ステータス: 0 --fail-on の状態なし、1 あり、2 エラー。</translation>
    </message>
    <message>
        <source>Output format: text, json or junit.</source>
        <translation>出力形式: text、json、junit。</translation>
    </message>
    <message>
        <source>format</source>
        <translation>形式</translation>
    </message>
    <message>
        <source>States that make the exit status 1 (drift, missing, extra, unknown).</source>
        <translation>終了ステータスを 1 にする状態 (drift, missing, extra, unknown)。</translation>
    </message>
    <message>
        <source>states</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Keep watching and print one JSON line whenever a resource's result changes.</source>
        <translation>監視を続け、リソースの結果が変わるたびに JSON を 1 行出力します。</translation>
    </message>
    <message>
        <source>unknown --format '%1' (use text, json or junit)</source>
        <translation>不明な --format '%1' (text、json、junit を使用)</translation>
    </message>
    <message>
        <source>unknown state '%1' in --fail-on (use drift, missing, extra, unknown)</source>
        <translation>--fail-on の状態 '%1' が不明です (drift, missing, extra, unknown を使用)</translation>
    </message>
    <message>
        <source>drifted</source>
        <translation>ドリフト</translation>
    </message>
    <message>
        <source>missing from the cluster</source>
        <translation>クラスターに欠落</translation>
    </message>
    <message>
        <source>extra (not in Git)</source>
        <translation>余剰 (Git にない)</translation>
    </message>
    <message>
        <source>ignored</source>
        <translation>無視</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>in sync</source>
        <translation>同期済み</translation>
    </message>
    <message>
        <source>✗ %1: unreachable: %2</source>
        <translation>✗ %1: 到達不能: %2</translation>
    </message>
    <message>
        <source>● %1: %2 resources, %3 drifted, %4 missing, %5 extra, %6 unknown</source>
        <translation>● %1: リソース %2 件、ドリフト %3、欠落 %4、余剰 %5、不明 %6</translation>
    </message>
    <message>
        <source>%1: %2 -&gt; %3</source>
        <translation>%1: %2 -&gt; %3</translation>
    </message>
    <message>
        <source>%1: not in Git, live %2</source>
        <translation>%1: Git になし、クラスター %2</translation>
    </message>
    <message>
        <source>%1: Git %2, not live</source>
        <translation>%1: Git %2、クラスターになし</translation>
    </message>
    <message>
        <source>(removed in Git)</source>
        <translation>(Git で削除済み)</translation>
    </message>
    <message>
        <source>changed by %1 at %2</source>
        <translation>%1 が %2 に変更</translation>
    </message>
    <message>
        <source>changed by %1</source>
        <translation>%1 が変更</translation>
    </message>
    <message>
        <source>Exact mode: ask the API server for a server-side apply dry-run of each object as the GitOps manager (needs patch rights; without them the read-only comparison is used and the resource says so).</source>
        <translation>厳密モード: 各オブジェクトについて GitOps マネージャーとしてサーバーサイド適用のドライランを API サーバーに依頼します（patch 権限が必要。権限がなければ読み取り専用の比較を使い、リソースにその旨を表示します）。</translation>
    </message>
</context>
<context>
    <name>driftdeck::app::AppController</name>
    <message>
        <source>Open Pull Request</source>
        <translation>プルリクエストを作成</translation>
    </message>
    <message>
        <source>Select a drifted, missing or extra resource first.</source>
        <translation>先にドリフト、欠落、余剰のリソースを選択してください。</translation>
    </message>
    <message numerus="yes">
        <source>%n selected resource(s) belong to another cluster or source; open a separate pull request for them.</source>
        <translation>
            <numerusform>選択したリソースのうち %n 件は別のクラスターまたはソースに属します。それらには別のプルリクエストを作成してください。</numerusform></translation>
    </message>
    <message>
        <source>Connect Cluster</source>
        <translation>クラスターに接続</translation>
    </message>
    <message>
        <source>Driftdeck is not connected to a kubeconfig.</source>
        <translation>Driftdeck は kubeconfig に接続されていません。</translation>
    </message>
    <message>
        <source>The cluster %1 is not connected; check it in the cluster list first.</source>
        <translation>クラスター %1 は接続されていません。先にクラスター一覧でチェックを入れてください。</translation>
    </message>
    <message>
        <source>Add Repository</source>
        <translation>リポジトリを追加</translation>
    </message>
</context>
<context>
    <name>driftdeck::app::DemoEnvironment</name>
    <message>
        <source>The demo could not create its temporary folder.</source>
        <translation>デモの一時フォルダーを作成できませんでした。</translation>
    </message>
    <message>
        <source>The demo could not write its sample repository.</source>
        <translation>デモのサンプルリポジトリを書き込めませんでした。</translation>
    </message>
    <message>
        <source>The demo's sample platform is missing from this build.</source>
        <translation>このビルドにはデモのサンプルプラットフォームがありません。</translation>
    </message>
    <message>
        <source>The demo could not create its Git repository.</source>
        <translation>デモの Git リポジトリを作成できませんでした。</translation>
    </message>
    <message>
        <source>The demo could not commit its sample platform.</source>
        <translation>デモのサンプルプラットフォームをコミットできませんでした。</translation>
    </message>
    <message>
        <source>The demo needs kube-sim, which was not found beside driftdeck.</source>
        <translation>デモには kube-sim が必要ですが、driftdeck の横に見つかりません。</translation>
    </message>
    <message>
        <source>kube-sim for the %1 cluster did not start.</source>
        <translation>%1 クラスターの kube-sim が起動しませんでした。</translation>
    </message>
    <message>
        <source>kube-sim for the %1 cluster did not come up.</source>
        <translation>%1 クラスターの kube-sim が準備できませんでした。</translation>
    </message>
    <message>
        <source>The demo needs forge-sim, which was not found beside driftdeck.</source>
        <translation>デモには forge-sim が必要ですが、driftdeck の横に見つかりません。</translation>
    </message>
    <message>
        <source>The demo could not prepare its forge.</source>
        <translation>デモのフォージを準備できませんでした。</translation>
    </message>
    <message>
        <source>forge-sim did not start.</source>
        <translation>forge-sim が起動しませんでした。</translation>
    </message>
    <message>
        <source>forge-sim did not come up.</source>
        <translation>forge-sim が準備できませんでした。</translation>
    </message>
    <message>
        <source>The demo could not prepare the %1 cluster.</source>
        <translation>デモの %1 クラスターを準備できませんでした。</translation>
    </message>
</context>
<context>
    <name>driftdeck::drift</name>
    <message>
        <source>Deployment is paused</source>
        <translation>Deployment は一時停止中です</translation>
    </message>
    <message>
        <source>Waiting for rollout to finish: observed deployment generation less than desired generation</source>
        <translation>ロールアウトの完了を待機中: 観測された Deployment の世代が目標の世代より小さい</translation>
    </message>
    <message>
        <source>Deployment "%1" exceeded its progress deadline</source>
        <translation>Deployment「%1」が進行期限を超えました</translation>
    </message>
    <message>
        <source>Waiting for rollout to finish: %1 out of %2 new replicas have been updated...</source>
        <translation>ロールアウトの完了を待機中: 新しいレプリカ %2 個中 %1 個が更新済み…</translation>
    </message>
    <message>
        <source>Waiting for rollout to finish: %1 old replicas are pending termination...</source>
        <translation>ロールアウトの完了を待機中: 古いレプリカ %1 個が終了待ち…</translation>
    </message>
    <message>
        <source>Waiting for rollout to finish: %1 of %2 updated replicas are available...</source>
        <translation>ロールアウトの完了を待機中: 更新済みレプリカ %2 個中 %1 個が利用可能…</translation>
    </message>
    <message>
        <source>Waiting for statefulset spec update to be observed...</source>
        <translation>StatefulSet の spec 更新の観測を待機中…</translation>
    </message>
    <message>
        <source>Waiting for %1 pods to be ready...</source>
        <translation>%1 個の Pod の準備を待機中…</translation>
    </message>
    <message>
        <source>statefulset has %1 ready pods</source>
        <translation>StatefulSet の準備済み Pod は %1 個です</translation>
    </message>
    <message>
        <source>Waiting for partitioned roll out to finish: %1 out of %2 new pods have been updated...</source>
        <translation>パーティション付きロールアウトの完了を待機中: 新しい Pod %2 個中 %1 個が更新済み…</translation>
    </message>
    <message>
        <source>waiting for statefulset rolling update to complete %1 pods at revision %2...</source>
        <translation>StatefulSet のローリング更新の完了を待機中: リビジョン %2 の Pod %1 個…</translation>
    </message>
    <message>
        <source>Waiting for daemon set spec update to be observed...</source>
        <translation>DaemonSet の spec 更新の観測を待機中…</translation>
    </message>
    <message>
        <source>Waiting for daemon set rollout to finish: %1 out of %2 new pods have been updated...</source>
        <translation>DaemonSet のロールアウト完了を待機中: 新しい Pod %2 個中 %1 個が更新済み…</translation>
    </message>
    <message>
        <source>Waiting for daemon set rollout to finish: %1 of %2 updated pods are available...</source>
        <translation>DaemonSet のロールアウト完了を待機中: 更新済み Pod %2 個中 %1 個が利用可能…</translation>
    </message>
    <message>
        <source>Waiting for rollout to finish: observed replica set generation less than desired generation</source>
        <translation>ロールアウトの完了を待機中: 観測された ReplicaSet の世代が目標の世代より小さい</translation>
    </message>
    <message>
        <source>Waiting for rollout to finish: %1 out of %2 new replicas are available...</source>
        <translation>ロールアウトの完了を待機中: 新しいレプリカ %2 個中 %1 個が利用可能…</translation>
    </message>
    <message>
        <source>Pod is running but not ready</source>
        <translation>Pod は実行中ですが準備ができていません</translation>
    </message>
    <message>
        <source>Job is suspended</source>
        <translation>Job は停止中です</translation>
    </message>
    <message>
        <source>Job is running</source>
        <translation>Job は実行中です</translation>
    </message>
    <message>
        <source>CronJob is suspended</source>
        <translation>CronJob は停止中です</translation>
    </message>
    <message>
        <source>Waiting for a load balancer address</source>
        <translation>ロードバランサーのアドレスを待機中</translation>
    </message>
    <message>
        <source>Waiting for the claim to be bound</source>
        <translation>クレームのバインドを待機中</translation>
    </message>
    <message>
        <source>The claim lost its volume</source>
        <translation>クレームがボリュームを失いました</translation>
    </message>
    <message>
        <source>Waiting for the autoscaler to report</source>
        <translation>オートスケーラーの報告を待機中</translation>
    </message>
    <message>
        <source>Reconciliation is suspended</source>
        <translation>調整は停止中です</translation>
    </message>
    <message>
        <source>Waiting for the controller to observe the latest generation</source>
        <translation>コントローラーが最新の世代を観測するのを待機中</translation>
    </message>
    <message>
        <source>Waiting for the Ready condition</source>
        <translation>Ready 条件を待機中</translation>
    </message>
</context>
<context>
    <name>driftdeck::drift::Comparer</name>
    <message>
        <source>The object could not be read.</source>
        <translation>オブジェクトを読み取れませんでした。</translation>
    </message>
    <message>
        <source>Reconciliation is disabled by the annotation %1: disabled.</source>
        <translation>アノテーション %1: disabled により調整が無効になっています。</translation>
    </message>
    <message>
        <source>Ignored by the rule %1.</source>
        <translation>ルール %1 により無視されています。</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) differ from Git.</source>
        <translation>
            <numerusform>%n 個のフィールドが Git と異なります。</numerusform></translation>
    </message>
    <message>
        <source>“%1” has an empty step.</source>
        <translation>「%1」に空のステップがあります。</translation>
    </message>
    <message>
        <source>The ignored field “%1” cannot be read: %2</source>
        <translation>無視するフィールド「%1」を読み取れません: %2</translation>
    </message>
</context>
<context>
    <name>driftdeck::drift::FieldPath</name>
    <message>
        <source>Invalid field path “%1”</source>
        <translation>無効なフィールドパス「%1」</translation>
    </message>
</context>
<context>
    <name>driftdeck::drift::Health</name>
    <message>
        <source>Pending deletion</source>
        <translation>削除待ち</translation>
    </message>
</context>
<context>
    <name>driftdeck::drift::LabelSelector</name>
    <message>
        <source>Invalid label selector “%1”</source>
        <translation>無効なラベルセレクター「%1」</translation>
    </message>
</context>
<context>
    <name>driftdeck::drift::NamespaceScope</name>
    <message>
        <source>The manifest is not an object.</source>
        <translation>マニフェストがオブジェクトではありません。</translation>
    </message>
    <message>
        <source>The manifest has no kind or no metadata.name.</source>
        <translation>マニフェストに kind または metadata.name がありません。</translation>
    </message>
    <message>
        <source>The cluster does not serve the kind %1.</source>
        <translation>クラスターは種類 %1 を提供していません。</translation>
    </message>
</context>
<context>
    <name>driftdeck::drift::ResourceEvaluator</name>
    <message>
        <source>Reconciliation is disabled for this object; it is not in the cluster.</source>
        <translation>このオブジェクトの調整は無効になっており、クラスターに存在しません。</translation>
    </message>
    <message>
        <source>The object is in Git but not in the cluster.</source>
        <translation>オブジェクトは Git にありますが、クラスターにはありません。</translation>
    </message>
    <message>
        <source>Reconciliation is disabled for this object.</source>
        <translation>このオブジェクトの調整は無効になっています。</translation>
    </message>
    <message>
        <source>The object is no longer in Git but still belongs to this source. %1</source>
        <translation>オブジェクトはもう Git にありませんが、まだこのソースに属しています。%1</translation>
    </message>
    <message>
        <source>The object is not in Git and not tracked by this source.</source>
        <translation>オブジェクトは Git になく、このソースでも追跡されていません。</translation>
    </message>
    <message>
        <source>The object is neither in Git nor in the cluster.</source>
        <translation>オブジェクトは Git にもクラスターにもありません。</translation>
    </message>
</context>
<context>
    <name>driftdeck::drift::Tracker</name>
    <message>
        <source>None of the desired objects exists in the cluster yet, so objects removed from Git cannot be detected.</source>
        <translation>望ましいオブジェクトがまだクラスターに存在しないため、Git から削除されたオブジェクトは検出できません。</translation>
    </message>
    <message>
        <source>The live objects of this source share no Flux, Argo CD or instance marks, so objects removed from Git cannot be detected; set a label selector to find them.</source>
        <translation>このソースのライブオブジェクトには共通の Flux、Argo CD、インスタンスの印がないため、Git から削除されたオブジェクトは検出できません。見つけるにはラベルセレクターを設定してください。</translation>
    </message>
    <message>
        <source>No ownership tracking is configured: objects removed from Git cannot be detected.</source>
        <translation>所有の追跡が設定されていません: Git から削除されたオブジェクトは検出できません。</translation>
    </message>
    <message>
        <source>Objects labelled %1=%2 and %3=%4 belong to this source.</source>
        <translation>ラベル %1=%2 と %3=%4 を持つオブジェクトはこのソースに属します。</translation>
    </message>
    <message>
        <source>Objects listed in the inventory of the Flux Kustomization %1/%2 belong to this source.</source>
        <translation>Flux Kustomization %1/%2 のインベントリにあるオブジェクトはこのソースに属します。</translation>
    </message>
    <message>
        <source>Objects whose annotation %1 names the application %2 belong to this source.</source>
        <translation>アノテーション %1 がアプリケーション %2 を示すオブジェクトはこのソースに属します。</translation>
    </message>
    <message>
        <source>Objects labelled %1=%2 belong to this source.</source>
        <translation>ラベル %1=%2 を持つオブジェクトはこのソースに属します。</translation>
    </message>
    <message>
        <source>Objects matching the label selector %1 belong to this source.</source>
        <translation>ラベルセレクター %1 に一致するオブジェクトはこのソースに属します。</translation>
    </message>
    <message>
        <source>Inferred from the live objects: %1</source>
        <translation>ライブオブジェクトから推定: %1</translation>
    </message>
</context>
<context>
    <name>driftdeck::git::GitMirror</name>
    <message>
        <source>The repository has not been fetched yet</source>
        <translation>リポジトリはまだフェッチされていません</translation>
    </message>
    <message>
        <source>Cannot open the repository mirror</source>
        <translation>リポジトリのミラーを開けません</translation>
    </message>
    <message>
        <source>Cannot create the cache folder</source>
        <translation>キャッシュフォルダーを作成できません</translation>
    </message>
    <message>
        <source>Cannot create the repository mirror</source>
        <translation>リポジトリのミラーを作成できません</translation>
    </message>
    <message>
        <source>Cannot set up the remote</source>
        <translation>リモートを設定できません</translation>
    </message>
    <message>
        <source>Cannot move the new mirror in place</source>
        <translation>新しいミラーを配置できません</translation>
    </message>
    <message>
        <source>The mirror has no remote</source>
        <translation>ミラーにリモートがありません</translation>
    </message>
    <message>
        <source>Fetching %1 was cancelled</source>
        <translation>%1 のフェッチはキャンセルされました</translation>
    </message>
    <message>
        <source>Authentication to %1 failed</source>
        <translation>%1 への認証に失敗しました</translation>
    </message>
    <message>
        <source>Cannot fetch %1</source>
        <translation>%1 をフェッチできません</translation>
    </message>
    <message>
        <source>No branch, tag or commit named %1</source>
        <translation>%1 という名前のブランチ、タグ、コミットはありません</translation>
    </message>
    <message>
        <source>Cannot list branches</source>
        <translation>ブランチを一覧できません</translation>
    </message>
    <message>
        <source>Cannot read the commit's tree</source>
        <translation>コミットのツリーを読み込めません</translation>
    </message>
    <message>
        <source>%1 does not exist at this commit</source>
        <translation>%1 はこのコミットに存在しません</translation>
    </message>
    <message>
        <source>%1 is not a file</source>
        <translation>%1 はファイルではありません</translation>
    </message>
    <message>
        <source>Cannot read %1</source>
        <translation>%1 を読み込めません</translation>
    </message>
    <message>
        <source>The folder %1 does not exist at this commit</source>
        <translation>フォルダー %1 はこのコミットに存在しません</translation>
    </message>
    <message>
        <source>Cannot read the tree</source>
        <translation>ツリーを読み込めません</translation>
    </message>
    <message>
        <source>the server's certificate cannot be read</source>
        <translation>サーバーの証明書を読み取れません</translation>
    </message>
    <message>
        <source>the CA file %1 cannot be read or holds no PEM certificate</source>
        <translation>CA ファイル %1 を読み取れないか、PEM 証明書が含まれていません</translation>
    </message>
    <message>
        <source>the certificate check could not start</source>
        <translation>証明書の検証を開始できませんでした</translation>
    </message>
    <message>
        <source>The SSH key file %1 does not exist or cannot be read</source>
        <translation>SSH 鍵ファイル %1 が存在しないか、読み取れません</translation>
    </message>
    <message>
        <source>The certificate of %1 is not trusted</source>
        <translation>%1 の証明書は信頼されていません</translation>
    </message>
    <message>
        <source>The certificate of %1 is not trusted by the system or by %2</source>
        <translation>%1 の証明書はシステムにも %2 にも信頼されていません</translation>
    </message>
    <message>
        <source>The SSH host key of %1 cannot be checked (no SHA-256 fingerprint)</source>
        <translation>%1 の SSH ホスト鍵を検証できません (SHA-256 フィンガープリントがありません)</translation>
    </message>
    <message>
        <source>The SSH host key of %1 does not match %2: the server presented %3</source>
        <translation>%1 の SSH ホスト鍵が %2 と一致しません: サーバーが提示した鍵は %3 です</translation>
    </message>
    <message>
        <source>Someone may be impersonating the server. If its key was changed on purpose, replace the line for %1 in %2.</source>
        <translation>何者かがサーバーになりすましている可能性があります。鍵が意図的に変更された場合は、%2 の %1 の行を置き換えてください。</translation>
    </message>
    <message>
        <source>The SSH host key of %1 is revoked in %2: %3</source>
        <translation>%1 の SSH ホスト鍵は %2 で失効しています: %3</translation>
    </message>
    <message>
        <source>The SSH host %1 is not in %2; it presented %3</source>
        <translation>SSH ホスト %1 は %2 にありません。提示された鍵は %3 です</translation>
    </message>
    <message>
        <source>Check this fingerprint with the server's administrator, then add the host (ssh-keyscan -p %1 %2 &gt;&gt; %3) and try again.</source>
        <translation>このフィンガープリントをサーバー管理者に確認してから、ホストを追加して (ssh-keyscan -p %1 %2 &gt;&gt; %3) もう一度お試しください。</translation>
    </message>
    <message>
        <source>The server refused the key %1 for the user %2</source>
        <translation>サーバーはユーザー %2 の鍵 %1 を拒否しました</translation>
    </message>
    <message>
        <source>RSA keys are signed with SHA-1 here (libssh2 1.10), which OpenSSH 8.8 and later refuse; use an ed25519 or ECDSA key</source>
        <translation>この環境では RSA 鍵は SHA-1 で署名されます (libssh2 1.10)。OpenSSH 8.8 以降はこれを拒否します。ed25519 または ECDSA 鍵を使用してください</translation>
    </message>
    <message>
        <source>No SSH key file is set and SSH_AUTH_SOCK names no SSH agent</source>
        <translation>SSH 鍵ファイルが指定されておらず、SSH_AUTH_SOCK も SSH エージェントを示していません</translation>
    </message>
    <message>
        <source>The server refused every key of the SSH agent at %1 for the user %2</source>
        <translation>サーバーはユーザー %2 について %1 の SSH エージェントのすべての鍵を拒否しました</translation>
    </message>
    <message>
        <source>No SSH key file is set and the SSH agent is not used</source>
        <translation>SSH 鍵ファイルが指定されておらず、SSH エージェントも使用されていません</translation>
    </message>
</context>
<context>
    <name>driftdeck::kube</name>
    <message>
        <source>Connecting to %1…</source>
        <translation>%1 に接続しています…</translation>
    </message>
    <message>
        <source>Reading the cluster: %1 of %2 kinds, %3 objects</source>
        <translation>クラスターを読み込み中: %2 種類中 %1 種類、%3 オブジェクト</translation>
    </message>
    <message>
        <source>No access to %1: these are shown as Unknown.</source>
        <translation>%1 へのアクセス権がありません: これらは「不明」と表示されます。</translation>
    </message>
    <message>
        <source>The API groups %1 did not answer.</source>
        <translation>API グループ %1 が応答しませんでした。</translation>
    </message>
    <message>
        <source>The file %1 named in the kubeconfig does not exist.</source>
        <translation>kubeconfig に指定されたファイル %1 が存在しません。</translation>
    </message>
    <message>
        <source>The user %1 has a client certificate without its key, or a key without its certificate.</source>
        <translation>ユーザー %1 のクライアント証明書に鍵がないか、鍵に証明書がありません。</translation>
    </message>
    <message>
        <source>The user %1 signs in with the legacy auth-provider “%2”, which Driftdeck does not support; switch the kubeconfig to its exec credential plugin.</source>
        <translation>ユーザー %1 は Driftdeck がサポートしない旧式の auth-provider「%2」でサインインします。kubeconfig を対応する exec 認証プラグインに切り替えてください。</translation>
    </message>
    <message>
        <source>The credential plugin returned an invalid answer.</source>
        <translation>認証プラグインが無効な応答を返しました。</translation>
    </message>
    <message>
        <source>The kubeconfig asks for credential plugin API version “%1”, which is not supported; use client.authentication.k8s.io/v1.</source>
        <translation>kubeconfig が要求する認証プラグイン API バージョン「%1」はサポートされていません。client.authentication.k8s.io/v1 を使用してください。</translation>
    </message>
    <message>
        <source>The credential plugin “%1” was not found, so Driftdeck cannot sign in to this cluster.</source>
        <translation>認証プラグイン「%1」が見つからないため、Driftdeck はこのクラスターにサインインできません。</translation>
    </message>
    <message>
        <source>The credential plugin “%1” could not be started.</source>
        <translation>認証プラグイン「%1」を起動できませんでした。</translation>
    </message>
    <message>
        <source>The credential plugin “%1” did not answer in time.</source>
        <translation>認証プラグイン「%1」が時間内に応答しませんでした。</translation>
    </message>
    <message>
        <source>The credential plugin “%1” failed: %2</source>
        <translation>認証プラグイン「%1」が失敗しました: %2</translation>
    </message>
    <message>
        <source>The credential plugin “%1” returned an invalid answer.</source>
        <translation>認証プラグイン「%1」が無効な応答を返しました。</translation>
    </message>
    <message>
        <source>The cluster sent an answer Driftdeck cannot read.</source>
        <translation>クラスターから Driftdeck が読み取れない応答が返されました。</translation>
    </message>
    <message>
        <source>The server address “%1” of cluster %2 is not an http or https URL.</source>
        <translation>クラスター %2 のサーバーアドレス「%1」は http または https の URL ではありません。</translation>
    </message>
    <message>
        <source>The certificate authority file %1 of cluster %2 does not exist.</source>
        <translation>クラスター %2 の認証局ファイル %1 が存在しません。</translation>
    </message>
    <message>
        <source>The address of %1 cannot be found (DNS). Check the server name in the kubeconfig, your network and your VPN.</source>
        <translation>%1 のアドレスが見つかりません (DNS)。kubeconfig のサーバー名、ネットワーク、VPN を確認してください。</translation>
    </message>
    <message>
        <source>Nothing accepts connections at %1. Is the API server running, or does it need a VPN or a tunnel?</source>
        <translation>%1 で接続を受け付けるものがありません。API サーバーは動作していますか? VPN やトンネルが必要ではありませんか?</translation>
    </message>
    <message>
        <source>The TLS certificate of %1 could not be verified. Check certificate-authority (and tls-server-name) in the kubeconfig.</source>
        <translation>%1 の TLS 証明書を検証できませんでした。kubeconfig の certificate-authority (と tls-server-name) を確認してください。</translation>
    </message>
    <message>
        <source>%1 did not answer in time.</source>
        <translation>%1 から時間内に応答がありませんでした。</translation>
    </message>
    <message>
        <source>The connection to %1 failed.</source>
        <translation>%1 への接続に失敗しました。</translation>
    </message>
    <message>
        <source>%1 rejected the credentials of user %2 (401 Unauthorized). Sign in again or renew the token.</source>
        <translation>%1 がユーザー %2 の認証情報を拒否しました (401 Unauthorized)。再度サインインするか、トークンを更新してください。</translation>
    </message>
    <message>
        <source>Access denied (403 Forbidden): %1</source>
        <translation>アクセスが拒否されました (403 Forbidden): %1</translation>
    </message>
    <message>
        <source>The cluster answered %1: %2</source>
        <translation>クラスターの応答 %1: %2</translation>
    </message>
    <message>
        <source>The kubeconfig is not a mapping of clusters, users and contexts.</source>
        <translation>kubeconfig がクラスター、ユーザー、コンテキストのマッピングになっていません。</translation>
    </message>
    <message>
        <source>The kubeconfig file %1 does not exist.</source>
        <translation>kubeconfig ファイル %1 が存在しません。</translation>
    </message>
    <message>
        <source>Cannot read the kubeconfig file %1.</source>
        <translation>kubeconfig ファイル %1 を読み込めません。</translation>
    </message>
    <message>
        <source>The kubeconfig file %1 is not valid: %2</source>
        <translation>kubeconfig ファイル %1 は無効です: %2</translation>
    </message>
    <message>
        <source>The kubeconfig sets no current context; choose a context.</source>
        <translation>kubeconfig に現在のコンテキストが設定されていません。コンテキストを選択してください。</translation>
    </message>
    <message>
        <source>The context %1 is not in the kubeconfig.</source>
        <translation>コンテキスト %1 は kubeconfig にありません。</translation>
    </message>
    <message>
        <source>The context %1 refers to the cluster %2, which is not in the kubeconfig.</source>
        <translation>コンテキスト %1 が参照するクラスター %2 は kubeconfig にありません。</translation>
    </message>
    <message>
        <source>The cluster %1 has no server address.</source>
        <translation>クラスター %1 にサーバーアドレスがありません。</translation>
    </message>
    <message>
        <source>The context %1 refers to the user %2, which is not in the kubeconfig.</source>
        <translation>コンテキスト %1 が参照するユーザー %2 は kubeconfig にありません。</translation>
    </message>
    <message>
        <source>The file is not valid YAML.</source>
        <translation>このファイルは有効な YAML ではありません。</translation>
    </message>
    <message>
        <source>The cluster sent a watch event Driftdeck cannot read; it reconnects.</source>
        <translation>クラスターが Driftdeck で読み取れない watch イベントを送信しました。再接続します。</translation>
    </message>
    <message>
        <source>Cluster %1: %2</source>
        <translation>クラスター %1: %2</translation>
    </message>
    <message>
        <source>The file is too large (%1 KiB; the limit is %2 KiB).</source>
        <translation>ファイルが大きすぎます（%1 KiB、上限は %2 KiB）。</translation>
    </message>
    <message>
        <source>The file is nested too deeply (more than %1 levels).</source>
        <translation>ファイルの入れ子が深すぎます（%1 階層を超えています）。</translation>
    </message>
    <message>
        <source>The file's aliases expand to too many values (more than %1); it may be a YAML bomb.</source>
        <translation>ファイルのエイリアスを展開すると値が多すぎます（%1 個を超えています）。YAML 爆弾の可能性があります。</translation>
    </message>
    <message>
        <source>Cannot read the file %1 named in the kubeconfig.</source>
        <translation>kubeconfig に指定されたファイル %1 を読み込めません。</translation>
    </message>
    <message>
        <source>The file %1 named in the kubeconfig is larger than %2 MiB; it cannot be a certificate, key or token.</source>
        <translation>kubeconfig で指定されたファイル %1 は %2 MiB を超えています。証明書、鍵、トークンではありえません。</translation>
    </message>
    <message>
        <source>The file is not valid UTF-8 (line %1, column %2).</source>
        <translation>ファイルが正しい UTF-8 ではありません（%1 行目、%2 列目）。</translation>
    </message>
</context>
<context>
    <name>driftdeck::manifest</name>
    <message>
        <source>The YAML parser could not be created</source>
        <translation>YAML パーサーを作成できませんでした</translation>
    </message>
    <message>
        <source>The YAML parser could not read the input</source>
        <translation>YAML パーサーが入力を読み込めませんでした</translation>
    </message>
    <message>
        <source>Invalid YAML</source>
        <translation>無効な YAML</translation>
    </message>
    <message>
        <source>The document is not a Kubernetes object (a mapping is expected)</source>
        <translation>ドキュメントは Kubernetes オブジェクトではありません (マッピングが必要です)</translation>
    </message>
    <message>
        <source>The object has no apiVersion</source>
        <translation>オブジェクトに apiVersion がありません</translation>
    </message>
    <message>
        <source>The object has no kind</source>
        <translation>オブジェクトに kind がありません</translation>
    </message>
    <message>
        <source>The object has no metadata.name</source>
        <translation>オブジェクトに metadata.name がありません</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder for rendering</source>
        <translation>レンダリング用の一時フォルダーを作成できません</translation>
    </message>
    <message>
        <source>renderer unavailable: %1 could not be started</source>
        <translation>レンダラーを利用できません: %1 を起動できませんでした</translation>
    </message>
    <message>
        <source>%1 did not finish within %2 seconds</source>
        <translation>%1 が %2 秒以内に終了しませんでした</translation>
    </message>
    <message>
        <source>%1 failed (exit code %2)</source>
        <translation>%1 が失敗しました (終了コード %2)</translation>
    </message>
    <message>
        <source>renderer unavailable: neither kustomize nor kubectl found</source>
        <translation>レンダラーを利用できません: kustomize も kubectl も見つかりません</translation>
    </message>
    <message>
        <source>renderer unavailable: helm not found</source>
        <translation>レンダラーを利用できません: helm が見つかりません</translation>
    </message>
    <message>
        <source>The file is too large to read as manifests (%1 MiB; the limit is %2 MiB)</source>
        <translation>ファイルが大きすぎてマニフェストとして読み込めません（%1 MiB、上限は %2 MiB）</translation>
    </message>
    <message>
        <source>The file is not valid UTF-8</source>
        <translation>ファイルが正しい UTF-8 ではありません</translation>
    </message>
</context>
<context>
    <name>driftdeck::manifest::DocumentBuilder</name>
    <message>
        <source>A mapping key is null; kubectl cannot read it</source>
        <translation>マッピングのキーが null です。kubectl は読み込めません</translation>
    </message>
    <message>
        <source>A value cannot be represented in JSON</source>
        <translation>値を JSON で表現できません</translation>
    </message>
    <message>
        <source>Unknown alias</source>
        <translation>不明なエイリアス</translation>
    </message>
    <message>
        <source>A mapping key is not a scalar; kubectl cannot read it</source>
        <translation>マッピングのキーがスカラーではありません。kubectl は読み込めません</translation>
    </message>
    <message>
        <source>A merge key (&lt;&lt;) needs a mapping or a list of mappings</source>
        <translation>マージキー (&lt;&lt;) にはマッピングまたはマッピングのリストが必要です</translation>
    </message>
    <message>
        <source>Duplicate key</source>
        <translation>キーが重複しています</translation>
    </message>
    <message>
        <source>Aliases expand to too much data (more than %1 values); the document may be a YAML bomb</source>
        <translation>エイリアスを展開するとデータが多すぎます（%1 個を超える値）。YAML 爆弾の可能性があります</translation>
    </message>
    <message>
        <source>The document is nested too deeply (more than %1 levels)</source>
        <translation>ドキュメントの入れ子が深すぎます（%1 階層を超えています）</translation>
    </message>
</context>
<context>
    <name>driftdeck::manifest::NodeLocator</name>
    <message>
        <source>The YAML parser could not be started</source>
        <translation>YAML パーサーを起動できませんでした</translation>
    </message>
    <message>
        <source>The document uses a complex mapping key</source>
        <translation>ドキュメントが複合キーを使っています</translation>
    </message>
    <message>
        <source>The file is not valid YAML</source>
        <translation>ファイルは有効な YAML ではありません</translation>
    </message>
    <message>
        <source>The file has no document %1</source>
        <translation>ファイルにドキュメント %1 がありません</translation>
    </message>
    <message>
        <source>No node at %1</source>
        <translation>%1 にノードがありません</translation>
    </message>
</context>
<context>
    <name>driftdeck::manifest::Renderer</name>
    <message>
        <source>The path leaves the repository</source>
        <translation>パスがリポジトリの外を指しています</translation>
    </message>
    <message>
        <source>The path does not exist in the repository</source>
        <translation>パスがリポジトリに存在しません</translation>
    </message>
    <message>
        <source>unsupported renderer: %1</source>
        <translation>サポートされていないレンダラー: %1</translation>
    </message>
    <message>
        <source>The folder does not exist</source>
        <translation>フォルダーが存在しません</translation>
    </message>
    <message>
        <source>Cannot read a file</source>
        <translation>ファイルを読み込めません</translation>
    </message>
    <message>
        <source>Cannot write the temporary tree</source>
        <translation>一時ツリーを書き込めません</translation>
    </message>
</context>
<context>
    <name>driftdeck::models::ClusterListModel</name>
    <message>
        <source>Not connected</source>
        <translation>未接続</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>クラスター</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
</context>
<context>
    <name>driftdeck::models::FieldChangeModel</name>
    <message>
        <source>(not set)</source>
        <translation>(未設定)</translation>
    </message>
    <message>
        <source>Git does not set this field</source>
        <translation>Git はこのフィールドを設定していません</translation>
    </message>
    <message>
        <source>The live object does not have this field</source>
        <translation>ライブのオブジェクトにはこのフィールドがありません</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1(%2)</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>フィールド</translation>
    </message>
    <message>
        <source>Git</source>
        <translation>Git</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>ライブ</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>変更者</translation>
    </message>
    <message>
        <source>When</source>
        <translation>日時</translation>
    </message>
</context>
<context>
    <name>driftdeck::models::ResourceTreeModel</name>
    <message>
        <source>(cluster-scoped)</source>
        <translation>(クラスタースコープ)</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>接続中…</translation>
    </message>
    <message>
        <source>Listing resources… %1%</source>
        <translation>リソースを取得中… %1%</translation>
    </message>
    <message>
        <source>Listing resources…</source>
        <translation>リソースを取得中…</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>ライブ</translation>
    </message>
    <message>
        <source>Degraded</source>
        <translation>劣化</translation>
    </message>
    <message>
        <source>Degraded: %1</source>
        <translation>劣化: %1</translation>
    </message>
    <message>
        <source>unknown time</source>
        <translation>不明な時刻</translation>
    </message>
    <message>
        <source>Unreachable since %1</source>
        <translation>%1 から到達不能</translation>
    </message>
    <message>
        <source>Unreachable since %1: %2</source>
        <translation>%1 から到達不能: %2</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>ヘルス</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>1 field differs</source>
        <translation>1 個のフィールドが異なります</translation>
    </message>
    <message>
        <source>%1 fields differ</source>
        <translation>%1 個のフィールドが異なります</translation>
    </message>
    <message>
        <source>1 file failed to render</source>
        <translation>1 個のファイルをレンダリングできませんでした</translation>
    </message>
    <message>
        <source>%1 files failed to render</source>
        <translation>%1 個のファイルをレンダリングできませんでした</translation>
    </message>
    <message>
        <source>Owned</source>
        <translation>従属</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message>
        <source>Created in the cluster by its owner; not declared in Git, so it has no sync state of its own.</source>
        <translation>所有者がクラスター内に作成したもので、Git では宣言されていないため、独自の同期状態はありません。</translation>
    </message>
    <message>
        <source>Reading the object from the cluster…</source>
        <translation>クラスターからオブジェクトを読み込んでいます…</translation>
    </message>
</context>
<context>
    <name>driftdeck::resolve</name>
    <message>
        <source>%1: set to %2 (as live)</source>
        <translation>%1: %2 に設定（クラスターと同じ）</translation>
    </message>
    <message>
        <source>%1: removed (not set live)</source>
        <translation>%1: 削除（クラスターでは未設定）</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>%1 comes from a Helm chart; change the chart's values instead (probably %2 in values.yaml)</source>
        <translation>%1 は Helm チャートに由来します。代わりにチャートの値を変更してください（おそらく values.yaml の %2）</translation>
    </message>
    <message>
        <source>This field comes from a Helm chart; change the chart's values instead</source>
        <translation>このフィールドは Helm チャートに由来します。代わりにチャートの値を変更してください</translation>
    </message>
    <message>
        <source>The live value of %1 was not found</source>
        <translation>%1 のライブ値が見つかりません</translation>
    </message>
    <message>
        <source>The overlay no longer renders with the edit: %1</source>
        <translation>編集後はオーバーレイをレンダリングできません: %1</translation>
    </message>
    <message>
        <source>After the edit the overlay still does not render the live value of %1</source>
        <translation>編集後もオーバーレイは %1 のライブ値を出力しません</translation>
    </message>
    <message>
        <source>After the edit the overlay no longer renders %1</source>
        <translation>編集後、オーバーレイは %1 を出力しなくなります</translation>
    </message>
    <message>
        <source>A list element cannot be created from its merge keys</source>
        <translation>マージキーからリスト要素を作成できません</translation>
    </message>
    <message>
        <source>A list element chosen by its position cannot be created</source>
        <translation>位置で指定されたリスト要素は作成できません</translation>
    </message>
</context>
<context>
    <name>driftdeck::resolve::KustomizePatcher</name>
    <message>
        <source>The file that declares %1 was not found below %2</source>
        <translation>%1 を宣言するファイルが %2 の下に見つかりません</translation>
    </message>
    <message>
        <source>The live value of %1 was not found</source>
        <translation>%1 のライブ値が見つかりません</translation>
    </message>
    <message>
        <source>The overlay %1 has no kustomization.yaml</source>
        <translation>オーバーレイ %1 に kustomization.yaml がありません</translation>
    </message>
    <message>
        <source>patches: added %1</source>
        <translation>patches: %1 を追加</translation>
    </message>
</context>
<context>
    <name>driftdeck::resolve::Resolver</name>
    <message>
        <source>Driftdeck never writes Secret values to Git; encrypt them with SOPS or Sealed Secrets instead</source>
        <translation>Driftdeck は Secret の値を Git に書き込みません。代わりに SOPS または Sealed Secrets で暗号化してください</translation>
    </message>
    <message>
        <source>%1 was not found in %2 (document %3)</source>
        <translation>%1 が %2 に見つかりません（ドキュメント %3）</translation>
    </message>
    <message>
        <source>%1 cannot be edited: %2</source>
        <translation>%1 を編集できません: %2</translation>
    </message>
    <message>
        <source>The edited file does not read back cleanly; nothing was changed</source>
        <translation>編集したファイルを正しく読み戻せません。何も変更していません</translation>
    </message>
    <message>
        <source>The edit would change more than the selected fields (anchors, aliases or merge keys share them); nothing was changed</source>
        <translation>この編集は選択したフィールド以外も変更します（アンカー、エイリアス、マージキーで共有されています）。何も変更していません</translation>
    </message>
    <message>
        <source>The edit would change another object in the file; nothing was changed</source>
        <translation>この編集はファイル内の別のオブジェクトを変更します。何も変更していません</translation>
    </message>
    <message>
        <source>This source is rendered by a tool Driftdeck cannot edit for</source>
        <translation>このソースは Driftdeck が編集を書けないツールでレンダリングされています</translation>
    </message>
    <message>
        <source>The file %1 is not in the repository</source>
        <translation>ファイル %1 はリポジトリにありません</translation>
    </message>
    <message>
        <source>%1 is shared with other overlays: the change is a patch in this overlay</source>
        <translation>%1 は他のオーバーレイと共有されています。変更はこのオーバーレイのパッチになります</translation>
    </message>
    <message>
        <source>The live object has no kind or name</source>
        <translation>ライブオブジェクトに kind または name がありません</translation>
    </message>
    <message>
        <source>%1: new manifest written from the live object</source>
        <translation>%1: ライブオブジェクトから新しいマニフェストを書き出しました</translation>
    </message>
    <message>
        <source>The new manifest does not read back as the live object</source>
        <translation>新しいマニフェストをライブオブジェクトとして読み戻せません</translation>
    </message>
    <message>
        <source>resources: added %1</source>
        <translation>resources: %1 を追加</translation>
    </message>
    <message>
        <source>%1 cannot be removed from %2: %3</source>
        <translation>%1 を %2 から削除できません: %3</translation>
    </message>
    <message>
        <source>%1: removed from Git</source>
        <translation>%1: Git から削除しました</translation>
    </message>
    <message>
        <source>Removing %1 would change other objects in %2; nothing was changed</source>
        <translation>%1 を削除すると %2 の他のオブジェクトが変わります。何も変更していません</translation>
    </message>
    <message>
        <source>resources: removed %1</source>
        <translation>resources: %1 を削除</translation>
    </message>
</context>
<context>
    <name>driftdeck::resolve::YamlEditor</name>
    <message>
        <source>The file has no document %1</source>
        <translation>ファイルにドキュメント %1 がありません</translation>
    </message>
    <message>
        <source>The field %1 comes from a YAML alias; edit the anchored value instead</source>
        <translation>フィールド %1 は YAML エイリアスに由来します。代わりにアンカーの値を編集してください</translation>
    </message>
    <message>
        <source>%1 is not a map in Git</source>
        <translation>%1 は Git ではマップではありません</translation>
    </message>
    <message>
        <source>%1 is not a list in Git</source>
        <translation>%1 は Git ではリストではありません</translation>
    </message>
    <message>
        <source>The whole document cannot be removed as a field</source>
        <translation>ドキュメント全体をフィールドとして削除することはできません</translation>
    </message>
    <message>
        <source>The document after the removed one has no '---' line</source>
        <translation>削除するドキュメントの次のドキュメントに '---' 行がありません</translation>
    </message>
    <message>
        <source>The removed document has no '---' line</source>
        <translation>削除するドキュメントに '---' 行がありません</translation>
    </message>
    <message>
        <source>The document root cannot be replaced</source>
        <translation>ドキュメントのルートは置き換えられません</translation>
    </message>
    <message>
        <source>The key's ':' was not found</source>
        <translation>キーの ':' が見つかりません</translation>
    </message>
    <message>
        <source>The list item's '-' was not found</source>
        <translation>リスト項目の '-' が見つかりません</translation>
    </message>
    <message>
        <source>The last field of a document cannot be removed</source>
        <translation>ドキュメントの最後のフィールドは削除できません</translation>
    </message>
    <message>
        <source>The entry shares its line with another node and cannot be removed alone</source>
        <translation>このエントリは他のノードと同じ行にあるため単独では削除できません</translation>
    </message>
</context>
<context>
    <name>driftdeck::resolve::YamlTree</name>
    <message>
        <source>The YAML parser could not be started</source>
        <translation>YAML パーサーを起動できませんでした</translation>
    </message>
    <message>
        <source>The document has an empty mapping key</source>
        <translation>ドキュメントに空のキーがあります</translation>
    </message>
    <message>
        <source>The document uses an alias as a mapping key</source>
        <translation>ドキュメントがエイリアスをキーとして使っています</translation>
    </message>
    <message>
        <source>The document uses a complex mapping key</source>
        <translation>ドキュメントが複合キーを使っています</translation>
    </message>
    <message>
        <source>The YAML structure could not be read</source>
        <translation>YAML の構造を読み取れませんでした</translation>
    </message>
    <message>
        <source>The file is not valid YAML</source>
        <translation>ファイルは有効な YAML ではありません</translation>
    </message>
</context>
<context>
    <name>driftdeck::views::AddRepositoryDialog</name>
    <message>
        <source>Add Repository</source>
        <translation>リポジトリを追加</translation>
    </message>
    <message>
        <source>https://github.com/acme/platform.git or /home/me/platform</source>
        <translation>https://github.com/acme/platform.git または /home/me/platform</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>参照…</translation>
    </message>
    <message>
        <source>the repository's default branch</source>
        <translation>リポジトリのデフォルトブランチ</translation>
    </message>
    <message>
        <source>the repository's root folder</source>
        <translation>リポジトリのルートフォルダー</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自動</translation>
    </message>
    <message>
        <source>Plain YAML</source>
        <translation>プレーン YAML</translation>
    </message>
    <message>
        <source>Automatic uses Kustomize when the folder has a kustomization.yaml, Helm when it has a Chart.yaml, else reads every YAML file.</source>
        <translation>自動: フォルダーに kustomization.yaml があれば Kustomize、Chart.yaml があれば Helm、それ以外はすべての YAML ファイルを読み込みます。</translation>
    </message>
    <message>
        <source>Repository:</source>
        <translation>リポジトリ:</translation>
    </message>
    <message>
        <source>Branch:</source>
        <translation>ブランチ:</translation>
    </message>
    <message>
        <source>Path:</source>
        <translation>パス:</translation>
    </message>
    <message>
        <source>Renderer:</source>
        <translation>レンダラー:</translation>
    </message>
    <message>
        <source>Cluster:</source>
        <translation>クラスター:</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>Connect a cluster first: a repository is compared with a cluster.</source>
        <translation>先にクラスターに接続してください。リポジトリはクラスターと比較されます。</translation>
    </message>
    <message>
        <source>Enter a Git URL or a local folder.</source>
        <translation>Git の URL またはローカルフォルダーを入力してください。</translation>
    </message>
    <message>
        <source>“%1” is not a Git URL Driftdeck can read: use https://, ssh://, git:// or file://.</source>
        <translation>「%1」は Driftdeck が読める Git の URL ではありません。https://、ssh://、git://、file:// を使ってください。</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>フォルダー %1 は存在しません。</translation>
    </message>
    <message>
        <source>The URL “%1” names no host.</source>
        <translation>URL「%1」にホストがありません。</translation>
    </message>
    <message>
        <source>Enter the local folder as an absolute path (for example /home/me/platform).</source>
        <translation>ローカルフォルダーは絶対パスで入力してください (例: /home/me/platform)。</translation>
    </message>
    <message>
        <source>“%1” is not a valid branch or tag name.</source>
        <translation>「%1」は有効なブランチ名またはタグ名ではありません。</translation>
    </message>
    <message>
        <source>The path is a folder inside the repository: relative, without “..”.</source>
        <translation>パスはリポジトリ内のフォルダーです。相対パスで、「..」を含めないでください。</translation>
    </message>
    <message>
        <source>Choose the cluster this repository declares.</source>
        <translation>このリポジトリが宣言するクラスターを選んでください。</translation>
    </message>
    <message>
        <source>added repository</source>
        <translation>追加したリポジトリ</translation>
    </message>
    <message>
        <source>Choose a Local Repository</source>
        <translation>ローカルリポジトリを選択</translation>
    </message>
    <message>
        <source>Enter the CA file as an absolute path.</source>
        <translation>CA ファイルは絶対パスで入力してください。</translation>
    </message>
    <message>
        <source>Enter the SSH key file as an absolute path.</source>
        <translation>SSH 鍵ファイルは絶対パスで入力してください。</translation>
    </message>
    <message>
        <source>Enter the known_hosts file as an absolute path.</source>
        <translation>known_hosts ファイルは絶対パスで入力してください。</translation>
    </message>
    <message>
        <source>The CA file %1 does not exist.</source>
        <translation>CA ファイル %1 は存在しません。</translation>
    </message>
    <message>
        <source>The SSH key file %1 does not exist.</source>
        <translation>SSH 鍵ファイル %1 は存在しません。</translation>
    </message>
    <message>
        <source>The known_hosts file %1 does not exist.</source>
        <translation>known_hosts ファイル %1 は存在しません。</translation>
    </message>
    <message>
        <source>%1 is a folder; choose a file.</source>
        <translation>%1 はフォルダーです。ファイルを選択してください。</translation>
    </message>
    <message>
        <source>The CA file %1 cannot be read.</source>
        <translation>CA ファイル %1 を読み取れません。</translation>
    </message>
    <message>
        <source>The SSH key file %1 cannot be read.</source>
        <translation>SSH 鍵ファイル %1 を読み取れません。</translation>
    </message>
    <message>
        <source>The known_hosts file %1 cannot be read.</source>
        <translation>known_hosts ファイル %1 を読み取れません。</translation>
    </message>
    <message>
        <source>This looks like a token: enter the name of the environment variable that holds it, not the token.</source>
        <translation>これはトークンのようです。トークンそのものではなく、トークンを保持する環境変数の名前を入力してください。</translation>
    </message>
    <message>
        <source>“%1” is not a valid environment variable name: use letters, digits and _, not starting with a digit.</source>
        <translation>「%1」は有効な環境変数名ではありません。英字・数字・_ を使い、数字で始めないでください。</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>認証</translation>
    </message>
    <message>
        <source>The name of the environment variable holding the HTTPS token (not the token itself). Empty: DRIFTDECK_GIT_TOKEN, else Git's credential helpers.</source>
        <translation>HTTPS トークンを保持する環境変数の名前（トークンそのものではありません）。空の場合は DRIFTDECK_GIT_TOKEN、なければ Git の認証情報ヘルパー。</translation>
    </message>
    <message>
        <source>only the system's certificate authorities</source>
        <translation>システムの認証局のみ</translation>
    </message>
    <message>
        <source>A PEM file with the private certificate authority of a self-hosted Git server, trusted for this repository only.</source>
        <translation>自己ホスト型 Git サーバーのプライベート認証局を含む PEM ファイル。このリポジトリに対してのみ信頼されます。</translation>
    </message>
    <message>
        <source>Choose a CA File</source>
        <translation>CA ファイルを選択</translation>
    </message>
    <message>
        <source>Use the SSH agent</source>
        <translation>SSH エージェントを使用</translation>
    </message>
    <message>
        <source>Every key of the SSH agent named by SSH_AUTH_SOCK.</source>
        <translation>SSH_AUTH_SOCK が示す SSH エージェントのすべての鍵。</translation>
    </message>
    <message>
        <source>Key file</source>
        <translation>鍵ファイル</translation>
    </message>
    <message>
        <source>for example ~/.ssh/id_ed25519</source>
        <translation>例: ~/.ssh/id_ed25519</translation>
    </message>
    <message>
        <source>An ed25519 or ECDSA private key; RSA keys are refused by OpenSSH 8.8 and later (docs/git.md).</source>
        <translation>ed25519 または ECDSA の秘密鍵。RSA 鍵は OpenSSH 8.8 以降で拒否されます（docs/git.md）。</translation>
    </message>
    <message>
        <source>Choose an SSH Key File</source>
        <translation>SSH 鍵ファイルを選択</translation>
    </message>
    <message>
        <source>none: the key is not encrypted</source>
        <translation>なし: 鍵は暗号化されていません</translation>
    </message>
    <message>
        <source>The name of the environment variable holding the key's passphrase (not the passphrase itself).</source>
        <translation>鍵のパスフレーズを保持する環境変数の名前（パスフレーズそのものではありません）。</translation>
    </message>
    <message>
        <source>The server's host key must be in this file; an unknown host is refused (docs/git.md).</source>
        <translation>サーバーのホスト鍵はこのファイルに含まれている必要があります。未知のホストは拒否されます（docs/git.md）。</translation>
    </message>
    <message>
        <source>Choose a known_hosts File</source>
        <translation>known_hosts ファイルを選択</translation>
    </message>
    <message>
        <source>Token variable:</source>
        <translation>トークン変数:</translation>
    </message>
    <message>
        <source>CA file:</source>
        <translation>CA ファイル:</translation>
    </message>
    <message>
        <source>SSH key:</source>
        <translation>SSH 鍵:</translation>
    </message>
    <message>
        <source>Key file:</source>
        <translation>鍵ファイル:</translation>
    </message>
    <message>
        <source>Passphrase variable:</source>
        <translation>パスフレーズ変数:</translation>
    </message>
    <message>
        <source>known_hosts file:</source>
        <translation>known_hosts ファイル:</translation>
    </message>
    <message>
        <source>Driftdeck keeps only these names and paths; it reads a token or passphrase from the environment when it fetches.</source>
        <translation>Driftdeck が保存するのはこれらの名前とパスだけです。トークンやパスフレーズは取得時に環境から読み取ります。</translation>
    </message>
    <message>
        <source>Choose the SSH key file, or use the SSH agent.</source>
        <translation>SSH 鍵ファイルを選択するか、SSH エージェントを使用してください。</translation>
    </message>
</context>
<context>
    <name>driftdeck::views::DetailPane</name>
    <message>
        <source>Health: %1</source>
        <translation>ヘルス: %1</translation>
    </message>
    <message>
        <source>Cluster %1, source %2</source>
        <translation>クラスター %1、ソース %2</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1(%2 時点)</translation>
    </message>
    <message>
        <source>Declared in:</source>
        <translation>宣言元:</translation>
    </message>
    <message>
        <source>Not declared in any Git source.</source>
        <translation>どの Git ソースにも宣言されていません。</translation>
    </message>
    <message>
        <source>Applied revision %1</source>
        <translation>適用済みリビジョン %1</translation>
    </message>
    <message>
        <source>Applied revision %1, the head of %2</source>
        <translation>適用済みリビジョン %1(%2 の最新)</translation>
    </message>
    <message>
        <source>Applied revision %1, behind the head of %2 (%3)</source>
        <translation>適用済みリビジョン %1、%2 の最新 (%3) より古い</translation>
    </message>
    <message>
        <source>Owned by:</source>
        <translation>所有者:</translation>
    </message>
    <message>
        <source>Branch %1</source>
        <translation>ブランチ %1</translation>
    </message>
    <message>
        <source>Files that failed to render:</source>
        <translation>レンダリングできなかったファイル:</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>イベント</translation>
    </message>
    <message>
        <source>Reading events…</source>
        <translation>イベントを読み込み中…</translation>
    </message>
    <message>
        <source>Events are not readable with your permissions.</source>
        <translation>現在の権限ではイベントを読めません。</translation>
    </message>
    <message>
        <source>Events could not be read: %1</source>
        <translation>イベントを読めませんでした: %1</translation>
    </message>
    <message>
        <source>No recent events for this object.</source>
        <translation>このオブジェクトの最近のイベントはありません。</translation>
    </message>
    <message>
        <source>%1 times</source>
        <translation>%1 回</translation>
    </message>
    <message>
        <source>Reading the object from the cluster…</source>
        <translation>クラスターからオブジェクトを読み込んでいます…</translation>
    </message>
    <message>
        <source>Owned by %1</source>
        <translation>所有者: %1</translation>
    </message>
    <message>
        <source>Created in the cluster by its owner; not declared in Git, so it has no sync state and no diff of its own.</source>
        <translation>所有者がクラスター内に作成したもので、Git では宣言されていないため、独自の同期状態も差分もありません。</translation>
    </message>
</context>
<context>
    <name>driftdeck::views::DiffView</name>
    <message>
        <source>Compact</source>
        <translation>コンパクト</translation>
    </message>
    <message>
        <source>Fold unchanged lines</source>
        <translation>変更のない行を折りたたむ</translation>
    </message>
    <message>
        <source>Expand All</source>
        <translation>すべて展開</translation>
    </message>
    <message>
        <source>Collapse All</source>
        <translation>すべて折りたたむ</translation>
    </message>
    <message>
        <source>Previous Change</source>
        <translation>前の変更</translation>
    </message>
    <message>
        <source>Next Change</source>
        <translation>次の変更</translation>
    </message>
    <message>
        <source>Select a resource to see what differs between Git and the cluster.</source>
        <translation>リソースを選択すると、Git とクラスターの差分が表示されます。</translation>
    </message>
    <message>
        <source>⋯ %1 unchanged lines, click to expand</source>
        <translation>⋯ 変更のない %1 行(クリックで展開)</translation>
    </message>
    <message>
        <source>No changes</source>
        <translation>変更なし</translation>
    </message>
    <message>
        <source>1 change</source>
        <translation>1 件の変更</translation>
    </message>
    <message>
        <source>%1 changes</source>
        <translation>%1 件の変更</translation>
    </message>
    <message>
        <source>Change %1 of %2</source>
        <translation>変更 %1 / %2</translation>
    </message>
    <message>
        <source>Unset Fields</source>
        <translation>未設定フィールド</translation>
    </message>
    <message>
        <source>Also show live fields that Git does not set</source>
        <translation>Git が設定していないライブのフィールドも表示</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>Also show the status written by the cluster</source>
        <translation>クラスターが書き込んだ status も表示</translation>
    </message>
    <message>
        <source>Also show which field manager owns which field (metadata.managedFields)</source>
        <translation>どのフィールドマネージャーがどのフィールドを所有しているかも表示 (metadata.managedFields)</translation>
    </message>
    <message>
        <source>Live side also shows:</source>
        <translation>ライブ側にも表示:</translation>
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
    <name>driftdeck::views::HistoryDialog</name>
    <message>
        <source>Drift History of %1</source>
        <translation>%1 のドリフト履歴</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>フィールド</translation>
    </message>
    <message>
        <source>Git</source>
        <translation>Git</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>クラスター</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>変更者</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>初回検出</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>解消</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>still drifted</source>
        <translation>ドリフト継続中</translation>
    </message>
    <message>
        <source>No drift has been recorded for this resource.</source>
        <translation>このリソースのドリフトは記録されていません。</translation>
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
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Diff</source>
        <translation>差分(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>テーマ(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Export Drift Report…</source>
        <translation>ドリフトレポートをエクスポート(&amp;E)…</translation>
    </message>
    <message>
        <source>Save the drift of the selected resources as HTML or JSON</source>
        <translation>選択したリソースのドリフトを HTML または JSON で保存</translation>
    </message>
    <message>
        <source>Copy as &amp;Patch</source>
        <translation>パッチとしてコピー(&amp;P)</translation>
    </message>
    <message>
        <source>Copy the selected resource's diff as a unified patch</source>
        <translation>選択したリソースの差分を unified 形式のパッチとしてコピー</translation>
    </message>
    <message>
        <source>&amp;Filter…</source>
        <translation>フィルター(&amp;F)…</translation>
    </message>
    <message>
        <source>Only &amp;Drift</source>
        <translation>ドリフトのみ(&amp;D)</translation>
    </message>
    <message>
        <source>Show only drifted, missing and extra resources</source>
        <translation>ドリフト・欠落・余分なリソースのみ表示</translation>
    </message>
    <message>
        <source>Show &amp;Diff</source>
        <translation>差分を表示(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>設定(&amp;P)…</translation>
    </message>
    <message>
        <source>Follow the &amp;System</source>
        <translation>システムに合わせる(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>ライト(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>ダーク(&amp;D)</translation>
    </message>
    <message>
        <source>Filter by name, kind or namespace (Ctrl+F)</source>
        <translation>名前・種類・名前空間で絞り込み (Ctrl+F)</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>すべての種類</translation>
    </message>
    <message>
        <source>All namespaces</source>
        <translation>すべての名前空間</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>すべての状態</translation>
    </message>
    <message>
        <source>Git · %1</source>
        <translation>Git · %1</translation>
    </message>
    <message>
        <source>Live · %1</source>
        <translation>ライブ · %1</translation>
    </message>
    <message>
        <source>Clusters: %1, resources: %2</source>
        <translation>クラスター: %1、リソース: %2</translation>
    </message>
    <message>
        <source>Driftdeck: %1</source>
        <translation>Driftdeck: %1</translation>
    </message>
    <message>
        <source>%1 in %2: %3 changed by %4</source>
        <translation>%2 の %1: %3 を %4 が変更</translation>
    </message>
    <message>
        <source>%1 in %2 is %3</source>
        <translation>%2 の %1 は %3 です</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>ほか %1 件</translation>
    </message>
    <message>
        <source>New drift</source>
        <translation>新しいドリフト</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>Saved the drift report to %1</source>
        <translation>ドリフトレポートを %1 に保存しました</translation>
    </message>
    <message>
        <source>Export Drift Report</source>
        <translation>ドリフトレポートのエクスポート</translation>
    </message>
    <message>
        <source>HTML report (*.html);;JSON (*.json)</source>
        <translation>HTML レポート (*.html);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Select a resource with a diff to copy it as a patch.</source>
        <translation>パッチとしてコピーするには、差分のあるリソースを選択してください。</translation>
    </message>
    <message>
        <source>Copied the patch to the clipboard.</source>
        <translation>パッチをクリップボードにコピーしました。</translation>
    </message>
    <message>
        <source>&amp;Resource</source>
        <translation>リソース(&amp;R)</translation>
    </message>
    <message>
        <source>Open &amp;Pull Request…</source>
        <translation>プルリクエストを作成(&amp;P)…</translation>
    </message>
    <message>
        <source>Open a pull request that makes Git match the cluster for the selection</source>
        <translation>選択について Git をクラスターに合わせるプルリクエストを作成します</translation>
    </message>
    <message>
        <source>Drift &amp;History…</source>
        <translation>ドリフト履歴(&amp;H)…</translation>
    </message>
    <message>
        <source>&amp;Wall Display</source>
        <translation>ウォール表示(&amp;W)</translation>
    </message>
</context>
<context>
    <name>driftdeck::views::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>システムに合わせる</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>ライト</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>ダーク</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>システムの言語</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>How often Git sources are fetched again; cluster changes arrive live.</source>
        <translation>Git ソースを再取得する間隔。クラスターの変更はリアルタイムで届きます。</translation>
    </message>
    <message>
        <source>Notify when new drift appears</source>
        <translation>新しいドリフトが発生したら通知する</translation>
    </message>
    <message>
        <source>One field a line, e.g. spec.replicas or /metadata/annotations/deployment.kubernetes.io~1revision</source>
        <translation>1 行に 1 フィールド(例: spec.replicas や /metadata/annotations/deployment.kubernetes.io~1revision)</translation>
    </message>
    <message>
        <source>Theme:</source>
        <translation>テーマ:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>言語:</translation>
    </message>
    <message>
        <source>Fetch Git every:</source>
        <translation>Git の取得間隔:</translation>
    </message>
    <message>
        <source>Ignore fields:</source>
        <translation>無視するフィールド:</translation>
    </message>
    <message>
        <source>Exact comparison (server-side dry run, needs patch rights)</source>
        <translation>厳密な比較（サーバーサイドのドライラン、patch 権限が必要）</translation>
    </message>
    <message>
        <source>Asks the cluster what applying Git would produce, as Argo CD's server-side diff and flux diff do. Nothing is written. Without patch rights the read-only comparison is used.</source>
        <translation>Argo CD のサーバーサイド差分や flux diff と同様に、Git を適用すると何ができるかをクラスターに問い合わせます。何も書き込みません。patch 権限がなければ読み取り専用の比較を使います。</translation>
    </message>
</context>
<context>
    <name>driftdeck::views::PullRequestDialog</name>
    <message>
        <source>Open Pull Request</source>
        <translation>プルリクエストを作成</translation>
    </message>
    <message>
        <source>Makes Git match the cluster %1. Resources included: %2. Source %3 (%4, branch %5).</source>
        <translation>Git をクラスター %1 に合わせます。対象リソース: %2。ソース %3 (%4、ブランチ %5)。</translation>
    </message>
    <message>
        <source>Not included:</source>
        <translation>対象外:</translation>
    </message>
    <message>
        <source>Nothing in this selection can be changed in Git.</source>
        <translation>この選択には Git で変更できるものがありません。</translation>
    </message>
    <message>
        <source>Open as draft</source>
        <translation>下書きとして作成</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>タイトル:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>説明:</translation>
    </message>
    <message>
        <source>Target branch:</source>
        <translation>対象ブランチ:</translation>
    </message>
    <message>
        <source>Create Pull Request</source>
        <translation>プルリクエストを作成</translation>
    </message>
    <message>
        <source>The edit to the Git files:</source>
        <translation>Git ファイルへの変更:</translation>
    </message>
    <message>
        <source>The pull request needs a title.</source>
        <translation>プルリクエストにはタイトルが必要です。</translation>
    </message>
    <message>
        <source>Connecting to the repository…</source>
        <translation>リポジトリに接続中…</translation>
    </message>
    <message>
        <source>Fetching the target branch…</source>
        <translation>対象ブランチを取得中…</translation>
    </message>
    <message>
        <source>Creating the commit…</source>
        <translation>コミットを作成中…</translation>
    </message>
    <message>
        <source>Pushing the branch…</source>
        <translation>ブランチをプッシュ中…</translation>
    </message>
    <message>
        <source>Opening the pull request…</source>
        <translation>プルリクエストを作成中…</translation>
    </message>
    <message>
        <source>This drift already has an open pull request: %1</source>
        <translation>このドリフトにはすでにプルリクエストがあります: %1</translation>
    </message>
    <message>
        <source>Pull request opened: %1</source>
        <translation>プルリクエストを作成しました: %1</translation>
    </message>
</context>
<context>
    <name>driftdeck::views::WallTile</name>
    <message>
        <source>Unreachable for %1: %2</source>
        <translation>%1 到達不能: %2</translation>
    </message>
    <message>
        <source>Stale: last data %1</source>
        <translation>古いデータ: 最終データ %1</translation>
    </message>
    <message>
        <source>Changed %1</source>
        <translation>変更 %1</translation>
    </message>
    <message>
        <source>Runs %1 · branch at %2</source>
        <translation>実行中 %1 · ブランチ %2</translation>
    </message>
    <message>
        <source>Runs %1 (branch head)</source>
        <translation>実行中 %1 (ブランチ先頭)</translation>
    </message>
    <message>
        <source>%1 · %2 · by %3</source>
        <translation>%1 · %2 · 変更者 %3</translation>
    </message>
    <message>
        <source>an unknown manager</source>
        <translation>不明なマネージャー</translation>
    </message>
</context>
<context>
    <name>driftdeck::views::WallWindow</name>
    <message>
        <source>Driftdeck wall</source>
        <translation>Driftdeck ウォール表示</translation>
    </message>
    <message>
        <source>Driftdeck — clusters: %1</source>
        <translation>Driftdeck — クラスター: %1</translation>
    </message>
    <message>
        <source>No drift anywhere.</source>
        <translation>ドリフトはありません。</translation>
    </message>
    <message>
        <source>%1 &lt;b&gt;%2&lt;/b&gt; changed by %3 %4</source>
        <translation>%1 &lt;b&gt;%2&lt;/b&gt; を %3 が変更 %4</translation>
    </message>
    <message>
        <source>an unknown manager</source>
        <translation>不明なマネージャー</translation>
    </message>
</context>
<context>
    <name>driftdeck::workspace::Reader</name>
    <message>
        <source>%1: %2 is required</source>
        <translation>%1: %2 は必須です</translation>
    </message>
    <message>
        <source>%1: %2 must be text (put it in quotes)</source>
        <translation>%1: %2 はテキストである必要があります (引用符で囲んでください)</translation>
    </message>
</context>
<context>
    <name>driftdeck::workspace::SourceDiscovery</name>
    <message>
        <source>GitRepository %1 was not found</source>
        <translation>GitRepository %1 が見つかりません</translation>
    </message>
    <message>
        <source>No ArtifactGenerator produces the artifact %1</source>
        <translation>アーティファクト %1 を生成する ArtifactGenerator がありません</translation>
    </message>
    <message>
        <source>The artifact %1 has no copy for the path %2</source>
        <translation>アーティファクト %1 にはパス %2 のコピーがありません</translation>
    </message>
    <message>
        <source>The artifact's source %1 is not a Git repository</source>
        <translation>アーティファクトのソース %1 は Git リポジトリではありません</translation>
    </message>
    <message>
        <source>%1: source %2 %3 is not a Git repository</source>
        <translation>%1: ソース %2 %3 は Git リポジトリではありません</translation>
    </message>
    <message>
        <source>%1: chart %2 comes from a Helm repository, not Git</source>
        <translation>%1: チャート %2 は Git ではなく Helm リポジトリから取得されます</translation>
    </message>
</context>
<context>
    <name>driftdeck::workspace::Workspace</name>
    <message>
        <source>The workspace file is not valid YAML</source>
        <translation>ワークスペースファイルは有効な YAML ではありません</translation>
    </message>
    <message>
        <source>The workspace file must hold one mapping</source>
        <translation>ワークスペースファイルには 1 つのマッピングが必要です</translation>
    </message>
    <message>
        <source>kind must be Workspace</source>
        <translation>kind は Workspace である必要があります</translation>
    </message>
    <message>
        <source>sources must be a list</source>
        <translation>sources はリストである必要があります</translation>
    </message>
    <message>
        <source>%1 must be a mapping</source>
        <translation>%1 はマッピングである必要があります</translation>
    </message>
    <message>
        <source>%1: the name %2 is used twice</source>
        <translation>%1: 名前 %2 が二重に使われています</translation>
    </message>
    <message>
        <source>%1: give either repository (a URL) or localPath</source>
        <translation>%1: repository (URL) または localPath のどちらかを指定してください</translation>
    </message>
    <message>
        <source>%1: give branch or revision, not both</source>
        <translation>%1: ブランチまたはリビジョンのどちらか一方を指定してください</translation>
    </message>
    <message>
        <source>%1: recurse must be true or false</source>
        <translation>%1: recurse は true または false である必要があります</translation>
    </message>
    <message>
        <source>%1: tracking must be none, flux, argocd or labels</source>
        <translation>%1: tracking は none、flux、argocd、labels のいずれかである必要があります</translation>
    </message>
    <message>
        <source>%1: label tracking needs a selector</source>
        <translation>%1: ラベル追跡にはセレクターが必要です</translation>
    </message>
    <message>
        <source>%1: intervalSeconds must be a positive number</source>
        <translation>%1: intervalSeconds は正の数である必要があります</translation>
    </message>
    <message>
        <source>%1: do not write tokens into the workspace file; use tokenEnv</source>
        <translation>%1: ワークスペースファイルにトークンを書かないでください。tokenEnv を使用してください</translation>
    </message>
    <message>
        <source>clusters must be a list</source>
        <translation>clusters はリストである必要があります</translation>
    </message>
    <message>
        <source>%1: sources must be a list of source names</source>
        <translation>%1: sources はソース名のリストである必要があります</translation>
    </message>
    <message>
        <source>%1: unknown source %2</source>
        <translation>%1: 不明なソース %2</translation>
    </message>
    <message>
        <source>The workspace file has problems</source>
        <translation>ワークスペースファイルに問題があります</translation>
    </message>
    <message>
        <source>Cannot open the workspace file</source>
        <translation>ワークスペースファイルを開けません</translation>
    </message>
    <message>
        <source>Cannot write the workspace file</source>
        <translation>ワークスペースファイルを書き込めません</translation>
    </message>
    <message>
        <source>%1: do not write the SSH key's passphrase into the workspace file; use sshPassphraseEnv</source>
        <translation>%1: SSH 鍵のパスフレーズをワークスペースファイルに書かないでください。sshPassphraseEnv を使用してください</translation>
    </message>
</context>
<context>
    <name>headless</name>
    <message>
        <source>Use this kubeconfig file only.</source>
        <translation>この kubeconfig ファイルのみを使用します。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Kubeconfig context (repeatable; default: the current context).</source>
        <translation>kubeconfig のコンテキスト (複数指定可。既定: 現在のコンテキスト)。</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Workspace file naming the clusters and their sources (docs/workspace.md).</source>
        <translation>クラスターとそのソースを記したワークスペースファイル (docs/workspace.md)。</translation>
    </message>
    <message>
        <source>Repository URL or local path that declares the cluster.</source>
        <translation>クラスターを宣言するリポジトリの URL またはローカルパス。</translation>
    </message>
    <message>
        <source>url|path</source>
        <translation>URL|パス</translation>
    </message>
    <message>
        <source>Folder inside the source.</source>
        <translation>ソース内のフォルダー。</translation>
    </message>
    <message>
        <source>path</source>
        <translation>パス</translation>
    </message>
    <message>
        <source>Branch, tag or commit of the source.</source>
        <translation>ソースのブランチ、タグ、コミット。</translation>
    </message>
    <message>
        <source>rev</source>
        <translation>リビジョン</translation>
    </message>
    <message>
        <source>Namespace for namespaced objects that name none.</source>
        <translation>名前空間を持たないオブジェクトに使う名前空間。</translation>
    </message>
    <message>
        <source>namespace</source>
        <translation>名前空間</translation>
    </message>
    <message>
        <source>Label selector of the objects the source owns (finds Extra objects).</source>
        <translation>ソースが所有するオブジェクトのラベルセレクター (余剰オブジェクトの検出に使用)。</translation>
    </message>
    <message>
        <source>labels</source>
        <translation>ラベル</translation>
    </message>
    <message>
        <source>How to render the source: auto, plain, kustomize, helm.</source>
        <translation>ソースのレンダリング方法: auto、plain、kustomize、helm。</translation>
    </message>
    <message>
        <source>Seconds to wait for the first complete list of the cluster.</source>
        <translation>クラスターの最初の完全な一覧を待つ秒数。</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>秒</translation>
    </message>
    <message>
        <source>--timeout takes a positive number of seconds</source>
        <translation>--timeout には正の秒数を指定してください</translation>
    </message>
    <message>
        <source>use either --workspace or --source, not both</source>
        <translation>--workspace と --source のどちらか一方を使ってください</translation>
    </message>
    <message>
        <source>source %1: %2</source>
        <translation>ソース %1: %2</translation>
    </message>
    <message>
        <source>no access to: %1</source>
        <translation>アクセス不可: %1</translation>
    </message>
    <message>
        <source>Some server-side dry runs did not answer in time; those resources are Unknown.</source>
        <translation>一部のサーバーサイドのドライランが時間内に応答しませんでした。それらのリソースは不明です。</translation>
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
    <message>
        <source>turn drift into a pull request, headless</source>
        <translation>画面なしでドリフトをプルリクエストにする</translation>
    </message>
    <message>
        <source>Repository URL or local path that declares the clusters.</source>
        <translation>クラスターを宣言するリポジトリの URL またはローカルパス。</translation>
    </message>
    <message>
        <source>url|path</source>
        <translation>URL|パス</translation>
    </message>
    <message>
        <source>Folder inside the source.</source>
        <translation>ソース内のフォルダー。</translation>
    </message>
    <message>
        <source>path</source>
        <translation>パス</translation>
    </message>
    <message>
        <source>Branch, tag or commit of the source.</source>
        <translation>ソースのブランチ、タグ、コミット。</translation>
    </message>
    <message>
        <source>rev</source>
        <translation>リビジョン</translation>
    </message>
    <message>
        <source>Namespace for namespaced objects that name none.</source>
        <translation>名前空間を持たないオブジェクトに使う名前空間。</translation>
    </message>
    <message>
        <source>namespace</source>
        <translation>名前空間</translation>
    </message>
    <message>
        <source>Label selector of the objects the source owns (finds Extra objects).</source>
        <translation>ソースが所有するオブジェクトのラベルセレクター (余剰オブジェクトの検出に使用)。</translation>
    </message>
    <message>
        <source>labels</source>
        <translation>ラベル</translation>
    </message>
    <message>
        <source>Workspace file naming the clusters and their sources.</source>
        <translation>クラスターとそのソースを記したワークスペースファイル。</translation>
    </message>
    <message>
        <source>Open the multi-cluster wall display full screen.</source>
        <translation>マルチクラスターのウォール表示を全画面で開きます。</translation>
    </message>
    <message>
        <source>Start the demo: three emulated clusters and a sample Git repository.</source>
        <translation>デモを開始: エミュレートされた 3 つのクラスターとサンプル Git リポジトリ。</translation>
    </message>
    <message>
        <source>Without a kubeconfig, show the empty window instead of starting the demo.</source>
        <translation>kubeconfig がない場合、デモを開始せずに空のウィンドウを表示します。</translation>
    </message>
</context>
<context>
    <name>resolve</name>
    <message>
        <source>Turn drift into a minimal Git edit and open a pull request for it, without a display.
Without --resource it takes all drift of the source. Exit status: 0 done or nothing to do, 1 some resources were refused, 2 error.</source>
        <translation>画面なしでドリフトを最小限の Git 変更にしてプルリクエストを作成します。
--resource がなければソースのすべてのドリフトを対象にします。終了ステータス: 0 完了または対象なし、1 一部を拒否、2 エラー。</translation>
    </message>
    <message>
        <source>Resource to resolve as KIND/NAMESPACE/NAME (repeatable).</source>
        <translation>解消するリソース KIND/NAMESPACE/NAME (複数指定可)。</translation>
    </message>
    <message>
        <source>resource</source>
        <translation>リソース</translation>
    </message>
    <message>
        <source>Forge kind: github, gitlab or gitea (default: from the remote URL).</source>
        <translation>フォージの種類: github、gitlab、gitea (既定: リモート URL から判定)。</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Forge API URL, e.g. https://git.example/api/v3.</source>
        <translation>フォージ API の URL (例: https://git.example/api/v3)。</translation>
    </message>
    <message>
        <source>url</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Where to push the branch (default: the source's repository).</source>
        <translation>ブランチのプッシュ先 (既定: ソースのリポジトリ)。</translation>
    </message>
    <message>
        <source>Target branch of the pull request (default: the source's branch).</source>
        <translation>プルリクエストの対象ブランチ (既定: ソースのブランチ)。</translation>
    </message>
    <message>
        <source>branch</source>
        <translation>ブランチ</translation>
    </message>
    <message>
        <source>Open the pull request as a draft.</source>
        <translation>プルリクエストを下書きとして作成します。</translation>
    </message>
    <message>
        <source>Print the Git edit as a unified diff and change nothing.</source>
        <translation>Git の変更を unified diff で表示し、何も変更しません。</translation>
    </message>
    <message>
        <source>unknown --forge '%1' (use github, gitlab or gitea)</source>
        <translation>不明な --forge '%1' (github、gitlab、gitea を使用)</translation>
    </message>
    <message>
        <source>%1 is unreachable: %2</source>
        <translation>%1 に到達できません: %2</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>拒否: %1</translation>
    </message>
    <message>
        <source>Existing pull request: %1</source>
        <translation>既存のプルリクエスト: %1</translation>
    </message>
    <message>
        <source>Pull request: %1</source>
        <translation>プルリクエスト: %1</translation>
    </message>
    <message>
        <source>none of the named resources has drift to resolve</source>
        <translation>指定したリソースに解消すべきドリフトはありません</translation>
    </message>
    <message>
        <source>Nothing to resolve: Git and the cluster agree.</source>
        <translation>解消するものはありません: Git とクラスターは一致しています。</translation>
    </message>
</context>
</TS>