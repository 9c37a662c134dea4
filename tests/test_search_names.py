"""Operation search on small hand-made APIs: the things a request names (a kind and its name, a stamped identifier,
a capitalised name, a field said in words) and how they steer the ranking (`mcpgen/surface/search.py` and
`query.py`, shipped in discovery packages)."""

from __future__ import annotations

from ranking import doc, top

from mcpgen.surface.search import Searcher, build_index

WORKLOADS = [
    doc("POST", "/apis/apps/v1/namespaces/{namespace}/deployments", "createNamespacedDeployment",
        "create a Deployment", ("namespace", "metadata", "spec")),
    doc("PATCH", "/apis/apps/v1/namespaces/{namespace}/deployments/{name}", "patchNamespacedDeployment",
        "partially update the specified Deployment", ("namespace", "name", "body")),
    doc("DELETE", "/apis/apps/v1/namespaces/{namespace}/deployments/{name}", "deleteNamespacedDeployment",
        "delete a Deployment", ("namespace", "name")),
    doc("POST", "/api/v1/namespaces/{namespace}/services", "createNamespacedService", "create a Service",
        ("namespace", "metadata", "spec")),
    doc("GET", "/api/v1/namespaces/{namespace}/services", "listNamespacedService",
        "list or watch objects of kind Service", ("namespace", "labelSelector")),
    doc("PATCH", "/api/v1/namespaces/{namespace}/services/{name}", "patchNamespacedService",
        "partially update the specified Service", ("namespace", "name", "body")),
]  # fmt: skip


def test_adding_what_neither_the_api_nor_its_vocabulary_knows_to_a_named_thing_changes_it() -> None:
    # a `to` or `on` inside what is added does not hide where it goes
    assert top(WORKLOADS, "add a readiness probe on /healthz to deployment web") == ["patchNamespacedDeployment"]
    assert top(WORKLOADS, "add a toleration for dedicated=gpu to deployment trainer") == ["patchNamespacedDeployment"]
    assert top(WORKLOADS, "add a deployment in namespace ci") == ["createNamespacedDeployment"]


def test_an_unknown_verb_on_a_named_thing_changes_it() -> None:
    assert top(WORKLOADS, "point service web's selector at app=web-v2") == ["patchNamespacedService"]
    assert top(WORKLOADS, "point ingress shop's backend at service frontend-2") == ["patchNamespacedService"]
    # no thing named: nothing asked to change
    assert top(WORKLOADS, "service selectors pointing at app=web") != ["patchNamespacedService"]
    # "make" a named thing do something changes it; "make" a thing makes one
    assert top(WORKLOADS, "make service web stick clients to the same pod") == ["patchNamespacedService"]
    assert top(WORKLOADS, "make a service for the web pods") == ["createNamespacedService"]


AGENTS = [
    doc("PATCH", "/apis/apps/v1/namespaces/{namespace}/daemonsets/{name}", "patchNamespacedDaemonSet",
        "partially update the specified DaemonSet", ("namespace", "name", "body")),
    doc("POST", "/exporters", "createExporter", "Create a node exporter", ("node", "port")),
    doc("GET", "/exporters/{id}/tools", "listExporterTools", "List the debug tools of an exporter", ("id",)),
    doc("PATCH", "/exporters/{id}", "updateExporter", "Update an exporter", ("id", "readOnly")),
]  # fmt: skip


def test_words_joined_by_hyphens_after_a_kind_are_the_name_of_one_thing() -> None:
    # `node-exporter` and `debug-tools` name the daemon set, though the API has each of their words
    assert top(AGENTS, "let daemon set node-exporter see the host's processes") == ["patchNamespacedDaemonSet"]
    assert top(AGENTS, "let the pods of daemon set debug-tools share the host network") == ["patchNamespacedDaemonSet"]
    searcher = Searcher(build_index(AGENTS))

    def words(query: str) -> set[str]:
        return {term for concept in searcher.concepts(query) for term in concept}

    assert words("update exporter web-tools") == words("update exporter")
    # not after a kind; words the API writes as one (`readOnly`); words joined by one that is no content (`sign-in`)
    assert words("update the web-tools") > words("update the")
    assert words("update exporter read-only") > words("update exporter")
    assert words("update exporter sign-in") > words("update exporter")


ROLLOUTS = [
    doc("PATCH", "/apis/apps/v1/namespaces/{namespace}/deployments/{name}", "patchNamespacedDeployment",
        "partially update the specified Deployment", ("namespace", "name", "body")),
    doc("GET", "/apis/apps/v1/namespaces/{namespace}/deployments", "listNamespacedDeployment",
        "list or watch objects of kind Deployment", ("namespace",)),
    doc("PATCH", "/api/v1/namespaces/{namespace}/pods/{name}", "patchNamespacedPod",
        "partially update the specified Pod", ("namespace", "name", "body")),
    doc("POST", "/api/v1/namespaces/{namespace}/pods", "createNamespacedPod", "create a Pod", ("namespace", "body")),
    doc("PATCH", "/apis/apps/v1/namespaces/{namespace}/statefulsets/{name}", "patchNamespacedStatefulSet",
        "partially update the specified StatefulSet", ("namespace", "name", "body")),
    doc("PATCH", "/apis/apps/v1/namespaces/{namespace}/statefulsets/{name}/status", "patchNamespacedStatefulSetStatus",
        "partially update status of the specified StatefulSet", ("namespace", "name", "body")),
]  # fmt: skip


def test_a_change_to_a_named_thing_is_made_on_that_thing_whatever_else_its_words_speak_of() -> None:
    # the pods are the deployment's: deployment web is what changes
    assert top(ROLLOUTS, "let the pods of deployment web use the host's network") == ["patchNamespacedDeployment"]
    # a part of the named thing that the request asks for (its status), not the thing itself
    assert top(ROLLOUTS, "mark the status of stateful set mongo as ready") == ["patchNamespacedStatefulSetStatus"]
    # no deployment named: nothing says the deployment is what changes
    assert top(ROLLOUTS, "let the pods of the web deployments use the host's network") != ["patchNamespacedDeployment"]


TRACKER = [
    doc("POST", "/repos/{owner}/{repo}/issues", "issues/create", "Create an issue", ("owner", "repo", "title")),
    doc("PATCH", "/repos/{owner}/{repo}/issues/{issue_number}", "issues/update", "Update an issue",
        ("owner", "repo", "issue_number", "assignees")),
    doc("GET", "/repos/{owner}/{repo}/issues", "issues/list-for-repo", "List repository issues", ("owner", "repo")),
]  # fmt: skip


def test_a_thing_named_by_a_word_the_vocabulary_has_for_its_kind_is_one_that_exists() -> None:
    # "ticket 77": the issue numbered 77 (`ticket` is a word users say for the API's issues)
    assert top(TRACKER, "hand ticket 77 over to maria so she owns it") == ["issues/update"]


TIMESHEETS = [
    doc("POST", "/clocking_records", "post_clocking_records", "Create clocking record"),
    doc("GET", "/clocking_records", "get_clocking_records", "View list of clocking records"),
    doc("POST", "/time_entries", "post_time_entries", "Add time entry"),
    doc("GET", "/time_entries", "get_time_entries", "View list of time entries"),
    doc("GET", "/time_entry_types", "get_time_entry_types", "View list of time entry types"),
]


def test_a_phrase_users_say_finds_the_part_of_the_api_named_by_a_form_of_its_word() -> None:
    # `clocked in` is a time-sheet phrase; the API names its clock-ins `clocking`
    assert top(TIMESHEETS, "who is clocked in right now?") == ["get_clocking_records"]
    assert top(TIMESHEETS, "clock Jonas out for the day") == ["post_clocking_records"]
    # the phrase still means what it means where no path names its word
    assert top(TIMESHEETS[2:], "who is clocked in right now?") == ["get_time_entries"]


CODE_HOST = [
    doc("GET", "/repos/{owner}/{repo}/comments", "repos_list-comments", "List comments", ("owner", "repo")),
    doc("GET", "/user/widgets", "users_list-widgets", "List widgets"),
    doc("GET", "/gateway/frontend", "meta_frontend", "Get the frontend gateway"),
    doc("POST", "/accounts/{sid}/numbers", "numbers_create", "Add a phone number", ("phone_number",)),
    doc("POST", "/accounts/{sid}/addresses", "addresses_create", "Add an address", ("street",)),
]  # fmt: skip


def terms_read(query: str) -> set[str]:
    return {term for concept in Searcher(build_index(CODE_HOST)).concepts(query) for term in concept}


def test_an_owner_and_name_pair_is_a_repository_and_not_words() -> None:
    """`acme/widgets` names a repository: its words ask for nothing ("widgets" is no request to list widgets)."""
    assert top(CODE_HOST, "list the comments in acme/widgets") == ["repos_list-comments"]
    assert top(CODE_HOST, "list the widgets") == ["users_list-widgets"]
    assert {"~repository", "widget"} & terms_read("list the comments in acme/widgets") == {"~repository"}
    # both halves words of the API: words
    assert top(CODE_HOST, "show the frontend/gateway") == ["meta_frontend"]
    assert "~repository" not in terms_read("show the frontend/gateway")


def test_a_numbered_item_and_a_phone_number_are_values_that_say_what_they_are() -> None:
    assert "number" in terms_read("list the comments on #4410")
    assert "number" not in terms_read("list the comments on 4410")
    assert top(CODE_HOST, "add +1 415 555 0100 to the account") == ["numbers_create"]
    assert "phone" not in terms_read("add 415 Main Street to the account")


GITHUB = [
    doc("GET", "/", "meta_root", "GitHub API Root"),
    doc("GET", "/notifications", "activity_list-notifications", "List notifications for the authenticated user"),
    doc("GET", "/repos/{owner}/{repo}/pulls", "pulls_list", "List pull requests", ("owner", "repo", "state")),
    doc("GET", "/orgs/{org}/images/github-owned", "actions_list-images", "List GitHub-owned images", ("org",)),
    *(doc("GET", f"/repos/{{owner}}/{{repo}}/things{i}", f"things{i}", f"List things {i}") for i in range(20)),
]  # fmt: skip


def test_the_apis_own_name_asks_for_nothing() -> None:
    """ "on GitHub" in a request to GitHub's API is where, not what: an operation that mentions GitHub is no better
    for it. A word of the title that the API's paths use is one of its words (a calendar API's `calendar`)."""
    searcher = Searcher(build_index(GITHUB, title="GitHub v3 REST API"))
    read = {t for c in searcher.concepts("show my notifications on GitHub") for t in c}
    assert "notification" in read and not {"git", "hub", "github"} & read
    assert not {"github"} & {t for c in searcher.concepts("what is new on github") for t in c}
    assert GITHUB[searcher.search("show my notifications on GitHub", 1)[0][0]]["name"] == "activity_list-notifications"
    assert {"git", "hub"} <= {t for c in searcher.concepts("GitHub") for t in c}  # nothing else asked: kept
    calendar = [doc("GET", "/calendars/{id}/events", "events_list", "List events"), *GITHUB[1:3]]
    kept = Searcher(build_index(calendar, title="Calendar API"))
    assert "calendar" in {t for c in kept.concepts("show my calendar events") for t in c}


def test_an_acronyms_plural_is_one_word() -> None:
    assert top(GITHUB, "which PRs are open") == ["pulls_list"]
    assert {"prs", "pr", "~pull"} & {t for c in Searcher(build_index(GITHUB)).concepts("which PRs are open") for t in c}


GUILD = [
    doc("DELETE", "/users/@me/guilds/{guild_id}", "leave_guild", "Leave guild", ("guild_id",)),
    doc("DELETE", "/guilds/{guild_id}", "delete_guild", "Delete guild", ("guild_id",)),
    doc("GET", "/guilds/{guild_id}/members/search", "search_guild_members", "Search guild members", ("query",)),
    doc("GET", "/guilds/{guild_id}/members", "list_guild_members", "List guild members", ("guild_id",)),
    doc("GET", "/channels/{channel_id}/messages/{message_id}/reactions/{emoji}", "list_reactions",
        "List message reactions by emoji", ("channel_id", "message_id", "emoji")),
    doc("GET", "/channels/{channel_id}/messages/{message_id}", "get_message", "Get message"),
]  # fmt: skip


def test_quitting_is_leaving_and_a_name_that_starts_with_is_a_search() -> None:
    assert top(GUILD, "make my account quit server 555") == ["leave_guild"]
    assert top(GUILD, "get rid of server 555") == ["delete_guild"]
    assert top(GUILD, "members whose name starts with alex") == ["search_guild_members"]
    assert top(GUILD, "all the members of server 555") == ["list_guild_members"]


def test_an_emoji_is_a_value_that_asks_for_reactions() -> None:
    read = {t for c in Searcher(build_index(GUILD)).concepts("who hit \U0001f389 on message 42?") for t in c}
    assert {"~reaction", "emoji"} <= read
    assert "emoji" not in {t for c in Searcher(build_index(GUILD)).concepts("meet at 10:30: then read message 42")
                           for t in c}  # fmt: skip
    assert "~reaction" in {t for c in Searcher(build_index(GUILD)).concepts("put an :eyes: on message 42") for t in c}


CHAINS = [
    *(
        op
        for chain in ("ethereum", "polygon", "tron", "bsc")
        for op in (
            doc("POST", f"/v2/{chain}/addresses", f"newaddress_{chain}", "Create a new address"),
            doc("GET", f"/v2/{chain}/addresses", f"listaddresses_{chain}", "List addresses"),
            doc("GET", f"/v2/{chain}/balances/{{address}}", f"balance_{chain}", "Get the balance of an address"),
        )
    ),
    doc("GET", "/v2/bitcoin/wallets", "getwallet", "Get wallets"),
    doc("POST", "/v2/bitcoin/wallets/{wallet_name}/addresses", "createwalletaddress", "Create a wallet address"),
]


def test_a_capitalised_part_of_the_api_after_a_word_for_an_action_is_that_part_not_a_name() -> None:
    # "new" is no kind of thing whose name "Bitcoin" could be: Bitcoin is the API's /v2/bitcoin part
    assert top(CHAINS, "Get me a new Bitcoin address") == ["createwalletaddress"]


STAMPED = [
    doc("DELETE", "/v1/subscriptions/{subscription}", "cancelSubscription", "Cancel a subscription"),
    doc("GET", "/v1/subscriptions", "listSubscriptions", "List subscriptions"),
    doc("DELETE", "/v1/accounts/{account}/children", "deleteSubAccount", "Delete a sub account"),
    doc("GET", "/v1/accounts", "listAccounts", "List accounts and their sub accounts"),
    doc("DELETE", "/v1/invoices/{invoice}", "deleteInvoice", "Delete a draft invoice"),
]


def test_a_stamped_identifier_is_a_value_though_its_prefix_is_a_word_of_the_api() -> None:
    # `sub_1NxQ` names a subscription by id (its prefix abbreviates one); the API's word `sub` is not asked for
    assert top(STAMPED, "delete sub_1NxQ right away") == ["cancelSubscription"]
    # the word itself, written as a word, is still the API's
    assert top(STAMPED, "delete the sub account acme") == ["deleteSubAccount"]


QUOTES = [
    doc("DELETE", "/quotes/{quoteId}", "deleteQuote", "Removes a quote."),
    doc("PUT", "/quotes/{quoteId}/status", "changeQuoteStatus", "Quote status.", ("status",)),
    *(
        doc("PUT", f"/{kind}s/{{id}}/status", f"change{kind.title()}Status", f"Changes {kind} status.", ("status",))
        for kind in ("job", "project", "task", "invoice", "payment", "vendor")
    ),
    doc("PUT", "/quotes/{quoteId}/instructions", "updateInstructions", "Updates instructions for all vendors."),
    doc("PUT", "/quotes/{quoteId}/expiry", "updateQuoteExpiry", "Updates the quote's expiry date."),
    doc("GET", "/quotes/{quoteId}", "getQuote", "Returns quote details."),
]


def test_accepting_rejecting_or_cancelling_is_done_by_setting_a_status() -> None:
    # an API with no reject operation rejects a quote by changing its status
    assert top(QUOTES, "Reject quote 2231") == ["changeQuoteStatus"]
    assert top(QUOTES, "accept quote 2231") == ["changeQuoteStatus"]
    # deleting is still deleting
    assert top(QUOTES, "delete quote 2231") == ["deleteQuote"]
    # a word users say for accepting (`allow`) lets something happen: it sets no status of its own
    rollouts = [
        doc("PATCH", "/apis/apps/v1/namespaces/{namespace}/deployments/{name}", "patchNamespacedDeployment",
            "partially update the specified Deployment", ("namespace", "name", "body")),
        doc("PATCH", "/apis/apps/v1/namespaces/{namespace}/deployments/{name}/status",
            "patchNamespacedDeploymentStatus", "partially update status of the specified Deployment",
            ("namespace", "name", "body")),
    ]  # fmt: skip
    assert top(rollouts, "allow two extra pods during rollouts of deployment web") == ["patchNamespacedDeployment"]


WATCHED = [
    doc("GET", "/api/v1/namespaces", "listNamespace", "list or watch objects of kind Namespace", ("watch",)),
    doc("GET", "/api/v1/pods", "listPod", "list or watch objects of kind Pod", ("watch",)),
    doc("GET", "/api/v1/services", "listService", "list or watch objects of kind Service", ("watch",)),
    *(
        doc(
            "DELETE",
            f"/api/v1/namespaces/{{namespace}}/{kind}",
            f"deleteCollection{kind}",
            f"delete collection of {kind}",
        )
        for kind in ("pods", "services", "secrets", "events")
    ),
    doc("GET", "/users/{id}/watchlist", "getWatchlist", "Get the user's watchlist"),
    doc("POST", "/users/{id}/watchlist", "addToWatchlist", "Add to the user's watchlist"),
]


def test_a_name_written_apart_is_not_read_across_the_words_between() -> None:
    # "watch list" is a watchlist; "watch the list of namespaces" is a watch of a list
    assert top(WATCHED, "Watch the list of namespaces for new or deleted ones") == ["listNamespace"]
    assert top(WATCHED, "show my watch list") == ["getWatchlist"]


TEMPLATES = [
    doc("GET", "/api/v1/namespaces/{namespace}/podtemplates", "listNamespacedPodTemplate", "list pod templates"),
    doc("GET", "/api/v1/podtemplates", "listPodTemplateForAllNamespaces", "list pod templates"),
    doc("POST", "/api/v1/namespaces/{namespace}/podtemplates", "createNamespacedPodTemplate", "create a pod template"),
    doc("GET", "/api/v1/namespaces", "listNamespace", "list namespaces"),
    doc("GET", "/api/v1/namespaces/{namespace}/pods", "listNamespacedPod", "list pods"),
]


def test_a_request_over_every_one_of_a_kind_is_not_scoped_to_one_of_them() -> None:
    # "in every namespace", "across all namespaces": the list over all of them, not the one under one namespace
    assert top(TEMPLATES, "list the pod templates in every namespace") == ["listPodTemplateForAllNamespaces"]
    assert top(TEMPLATES, "show pod templates across all namespaces") == ["listPodTemplateForAllNamespaces"]
    # the kind itself is still listed whole, and one namespace is still one namespace
    assert top(TEMPLATES, "list every namespace") == ["listNamespace"]
    assert top(TEMPLATES, "list the pod templates in namespace web") == ["listNamespacedPodTemplate"]


ACCOUNTS = [
    doc("GET", "/groups/{group}/databaseAccounts", "listAccounts", "Lists the database accounts of a group"),
    doc("GET", "/groups/{group}/databaseAccounts/{account}", "getAccount", "Gets a database account"),
    doc("GET", "/groups/{group}/databaseAccounts/{account}/keys", "listKeys", "Lists the keys of a database account"),
    doc("GET", "/groups/{group}/databaseAccounts/{account}/regions", "listRegions", "Lists the regions of an account"),
    doc("GET", "/groups/{group}/databaseAccounts/{account}/userDefinedFunctions", "listFunctions",
        "Lists the user defined functions of a database account"),
]  # fmt: skip


def test_a_word_every_operation_shares_does_not_lend_its_synonyms_more_weight_than_it_has() -> None:
    # every path names accounts, so "accounts" tells little; `user`, a word users say for an account, is rare here
    # and must not make the user-defined functions the accounts the request asks for
    assert top(ACCOUNTS, "show the database accounts in group prod") == ["listAccounts"]


DEVICES = [
    doc("GET", "/managedDevices", "listManagedDevices", "List managed devices"),
    doc("GET", "/managedDevices/{id}", "getManagedDevice", "Get a managed device"),
    doc("GET", "/kioskDevices", "listKioskDevices", "List the registered identities"),
    doc("GET", "/deviceCategories", "listDeviceCategories", "List device categories"),
]


def test_a_capitalised_word_the_api_says_before_a_kind_is_that_kind_not_a_name() -> None:
    # "the Reports folder" names a folder; "the Kiosk devices" are the API's own `/kioskDevices`
    assert top(DEVICES, "show the Kiosk devices") == ["listKioskDevices"]


CATALOGS = [
    doc("GET", "/catalogs", "listCatalogs", "List catalogs"),
    doc("GET", "/catalogs/{id}/products", "listCatalogProducts", "List the products of a catalog"),
    doc("GET", "/catalogs/{id}/budgets", "listCatalogBudgets", "List the budgets of a catalog"),
    doc("GET", "/platforms", "listPlatforms", "List the platforms products run on"),
    doc("GET", "/teams/{id}/products", "listTeamProducts", "List the products of a team"),
]


def test_capitalised_words_after_a_kind_name_one_of_that_kind_whatever_words_they_are() -> None:
    # "Data Platform" is the catalog's name: not the platforms the API also has
    assert top(CATALOGS, "which products are in catalog Data Platform?") == ["listCatalogProducts"]


PROFILE_FIELDS = tuple(
    f"{a}{b}" for a in ("home", "office", "mobile", "work", "legal", "display") for b in ("Street", "City", "Note")
)
PEOPLE = [
    doc("PATCH", "/users/{id}", "updateUser", "Update user", ("id", *PROFILE_FIELDS, "faxNumber", "preferredLanguage")),
    doc("PATCH", "/users/{id}/phoneMethods/{method}", "updatePhoneMethod", "Update a phone method of a user",
        ("id", "method", "phoneNumber", "phoneType")),
    doc("PATCH", "/languages/{id}", "updateLanguage", "Update a language of the sign-in pages", ("id", "label")),
    doc("PATCH", "/schools/{id}", "updateSchool", "Update a school", ("id", "faxNumber", "phoneNumber")),
]  # fmt: skip


def test_words_in_a_row_that_name_a_field_find_what_has_that_field_among_many() -> None:
    # a user has some fifty fields: "fax number" in a row names one of them, which a phone method has not
    assert top(PEOPLE, "set Kim's fax number to +1 425 555 0199") == ["updateUser"]
    # the words apart name no field
    assert top(PEOPLE, "set the number of the phone method to 555 0100") == ["updatePhoneMethod"]


BUCKETS = [
    doc("GET", "/{Bucket}#acl", "GetBucketAcl", "Gets the access control list of a bucket", ("Bucket",)),
    doc("HEAD", "/{Bucket}/{Key}", "HeadObject", "Retrieves the size and date of an object", ("Bucket", "Key")),
    doc("GET", "/{Bucket}/{Key}", "GetObject", "Retrieves an object", ("Bucket", "Key")),
    doc("GET", "/{Bucket}#logging", "GetBucketLogging", "Gets the logging status of a bucket", ("Bucket",)),
    doc("GET", "/{Bucket}#uploads", "ListMultipartUploads", "Lists the in-progress media uploads", ("Bucket",)),
]


def test_a_kind_the_api_names_only_by_a_placeholder_is_followed_by_a_things_name() -> None:
    # `/{Bucket}` names buckets: "bucket media-uploads" is one bucket, not words of the request
    assert top(BUCKETS, "what's the size of videos/intro.mp4 in bucket media-uploads?") == ["HeadObject"]


FLOWS = [
    doc("GET", "/workflows", "listWorkflows", "List workflows"),
    doc("GET", "/workflows/{name}", "getWorkflow", "Get a workflow"),
    doc("GET", "/workflows/{name}/runs", "listRuns", "List the runs of a workflow"),
    doc("GET", "/schemas/{name}", "getSchema", "Get the definition of a schema"),
]


def test_a_question_about_a_named_thing_is_answered_by_reading_that_thing() -> None:
    # "workflow order-sync" names one workflow: its definition is read with it, not from another kind's definitions
    assert top(FLOWS, "show the definition of workflow order-sync") == ["getWorkflow"]
    assert top(FLOWS, "show the definition of the workflows") == ["listWorkflows"]  # none named: the list
