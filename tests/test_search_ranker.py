"""Operation search (`mcpgen/surface/search.py`, shipped in discovery packages) on small hand-made APIs: a
request phrased in a user's words finds the operation it means."""

from __future__ import annotations

from typing import Any

from ranking import doc, top

from mcpgen.surface.search import Searcher, build_index
from mcpgen.surface.terms import split_joined

CLUSTER = [
    doc("POST", "/api/v1/namespaces", "createNamespace", "create a Namespace", ("name",)),
    doc("GET", "/api/v1/namespaces", "listNamespace", "list objects of kind Namespace"),
    *(
        doc("POST", f"/apis/apps/v1/namespaces/{{namespace}}/{kind}s", f"createNamespaced{kind.title()}",
            f"create a {kind.title()}", ("namespace", "name"))
        for kind in ("staging", "deployment", "statefulset", "daemonset")
    ),
]  # fmt: skip


def test_the_name_given_to_a_thing_is_a_value_not_a_word_of_the_request() -> None:
    # "staging" names the namespace to create: it says nothing of which operation creates it
    assert top(CLUSTER, "create a namespace called staging") == ["createNamespace"]
    assert top(CLUSTER, "create a namespace named staging") == ["createNamespace"]


SOCIAL = [
    doc("GET", "/users/by/username/{username}", "findUserByUsername", "User lookup by username", ("username",)),
    doc("GET", "/users/{id}", "findUserById", "User lookup by id", ("id",)),
    doc("GET", "/jacks", "listJacks", "List audio jacks"),
    doc("GET", "/tweets/search/recent", "searchRecentTweets", "Recent search", ("query",)),
]


def test_a_handle_is_a_user_named_by_username_not_a_word_of_the_request() -> None:
    assert top(SOCIAL, "look up @jack") == ["findUserByUsername"]


FILES = [
    doc("GET", "/users/me", "get_users_me", "Get current user", ("fields",)),
    doc("GET", "/users/{user_id}", "get_users_id", "Get user", ("user_id", "fields")),
    doc("GET", "/users/{user_id}/memberships", "get_users_id_memberships", "List user's groups", ("user_id",)),
    doc("GET", "/users/{user_id}/storage", "get_users_id_storage", "Get a user's storage use", ("user_id",)),
    doc("GET", "/groups/{group_id}/memberships", "get_groups_id_memberships", "List members of group"),
]


def test_i_and_my_speak_of_the_callers_own_objects_which_apis_call_me() -> None:
    # `/users/me` is the caller: it comes before other users' objects ("who" also asks about memberships)
    assert "get_users_me" in top(FILES, "Who am I logged in as?", 2)
    assert top(FILES, "how much storage am I using?") == ["get_users_id_storage"]


TASKS = [
    doc("POST", "/me/todo/lists/{list_id}/tasks", "createTodoTask", "Create todoTask", ("list_id", "title")),
    doc("GET", "/me/todo/lists/{list_id}/tasks", "listTodoTasks", "List tasks", ("list_id",)),
    doc("POST", "/sites/{site_id}/lists", "createList", "Create a new list", ("site_id",)),
    doc("POST", "/sites/{site_id}/lists/{list_id}/items", "createListItem", "Create a new item", ("site_id",)),
    doc("POST", "/me/lists/{list_id}/contentTypes/addCopy", "addCopy", "Add a copy of a content type"),
]


def test_a_product_name_of_two_capitalised_words_is_the_word_the_api_writes_as_one() -> None:
    # "To Do" is the API's `todo`, not a name given to a list, nor two stop words
    assert top(TASKS, 'add "buy milk" to my To Do list') == ["createTodoTask"]


MAIL = [
    doc("POST", "/me/sendMail", "sendMail", "Send mail", ("message", "saveToSentItems")),
    doc("POST", "/me/messages", "createMessage", "Create a draft message", ("subject", "body")),
    doc("POST", "/teams/{team_id}/channels/{channel_id}/messages", "sendChannelMessage", "Send a channel message"),
    doc("GET", "/teams/{team_id}/channels", "listChannels", "List channels"),
]


def test_what_a_message_is_to_say_weighs_as_an_argument() -> None:
    # the words after "saying" are the text to send, not the kind of thing to send it to
    searcher = Searcher(build_index(MAIL))

    def weight(query: str) -> float:
        return max(c.get("channel", 0.0) for c in searcher.concepts(query))

    assert weight("send a mail saying the channel is ready") < weight("send a mail, the channel is ready")


ACCOUNTING = [
    doc("PUT", "/PurchaseOrders", "createPurchaseOrders", "Creates one or more purchase orders"),
    doc("GET", "/PurchaseOrders", "getPurchaseOrders", "Retrieves purchase orders"),
    doc("PUT", "/Payments", "createPayments", "Creates multiple payments for invoices or credit notes"),
    doc("POST", "/Payments/{PaymentID}", "deletePayment", "Updates a specific payment for invoices"),
    doc("GET", "/Payments", "getPayments", "Retrieves payments for invoices and credit notes"),
    doc("PUT", "/Invoices", "createInvoices", "Creates one or more sales invoices or purchase bills"),
]


def test_two_words_the_api_names_a_resource_with_are_read_as_the_apis_words() -> None:
    # "purchase" and "order" are words users say for a payment, but "purchase order" is this API's resource
    assert top(ACCOUNTING, "raise a purchase order to Widget Corp for 100 widgets") == ["createPurchaseOrders"]


PLAYER = [
    doc("GET", "/me/top/{type}", "get-users-top-items", "Get User's Top Items", ("time_range",)),
    doc("GET", "/me/tracks", "get-users-saved-tracks", "Get User's Saved Tracks"),
    doc("GET", "/me/player", "get-playback-state", "Get Playback State"),
    doc("GET", "/me/player/devices", "get-a-users-available-devices", "Get Available Devices"),
    doc("GET", "/me/player/recently-played", "get-recently-played", "Get Recently Played Tracks", ("limit",)),
]


def test_a_word_of_time_the_api_names_a_path_with_counts() -> None:
    # "recently" says when, mostly; here the API names an operation with it. `/me` alone is the caller's too.
    assert top(PLAYER, "What have I listened to recently?") == ["get-recently-played"]


DIRECTORY = [
    doc("POST", "/groups", "groups_CreateGroup", "Create group", ("displayName",)),
    doc("POST", "/groups/{group-id}/team/members", "groups_team_CreateMembers", "Add member to team"),
    doc("POST", "/groups/{group-id}/members/$ref", "groups_CreateRefMembers",
        "Create new navigation property ref to members for groups", ("@odata.id",)),
    doc("GET", "/groups/{group-id}/members", "groups_ListMembers", "List group members"),
    doc("GET", "/groups/{group-id}/team/members", "groups_team_ListMembers", "List members of team"),
]  # fmt: skip


def test_odata_ref_is_the_link_itself_not_a_word_users_leave_unsaid() -> None:
    # adding someone to a group is a link to them under the group's members (`$ref`)
    # (or a team's member, whose summary says "add"), before creating a group
    assert "groups_CreateRefMembers" in top(DIRECTORY, "add Kim to the Marketing group", 2)


MARKETING = [
    doc("GET", "/campaigns", "getCampaigns", "List campaigns"),
    doc("GET", "/campaigns/{campaign_id}", "getCampaignsId", "Get campaign info"),
    doc("GET", "/campaigns/{campaign_id}/feedback", "getCampaignsIdFeedback", "List campaign feedback"),
    doc("GET", "/reports", "getReports", "List campaign reports"),
]


def test_how_something_performed_asks_for_its_reports() -> None:
    assert top(MARKETING, "how did our last 5 campaigns perform?") == ["getReports"]


STORAGE = [
    doc("GET", "/folders/{folder_id}", "get_folders_id", "Get information about a folder"),
    doc("PUT", "/folders/{folder_id}", "put_folders_id", "Update folder"),
    doc("POST", "/folders", "post_folders", "Create folder"),
    doc("POST", "/collaborations", "post_collaborations", "Create collaboration", ("role", "accessible_by")),
    doc("GET", "/folders/{folder_id}/collaborations", "get_folders_id_collaborations", "List folder collaborations"),
]


def test_a_collaboration_is_sharing_and_access() -> None:
    assert "post_collaborations" in top(STORAGE, "share the Marketing folder with jo@partner.com as an editor", 2)
    assert top(STORAGE, "Who has access to the HR folder?") == ["get_folders_id_collaborations"]


RBAC = [
    *(
        doc(method, "/apis/rbac.authorization.k8s.io/v1/namespaces/{namespace}/rolebindings" + tail,
            f"{verb}NamespacedRoleBinding", f"{verb} a RoleBinding", ("namespace", "name"))
        for method, tail, verb in (
            ("POST", "", "create"), ("PATCH", "/{name}", "patch"), ("PUT", "/{name}", "replace"),
            ("GET", "/{name}", "read"), ("DELETE", "/{name}", "delete"),
        )
    ),
]  # fmt: skip


def test_giving_someone_access_assigns_it_which_is_not_an_update() -> None:
    # giving is assigning: often a new assignment (a binding, a permission), so giving does not prefer the
    # methods that update (PATCH, PUT) over the one that creates
    assert top(RBAC, "give alice read-only access to the dev namespace") == ["createNamespacedRoleBinding"]


DRIVE = [
    doc("GET", "/drives/{drive-id}", "drives_GetDrive", "Get drive", ("drive-id", "$select")),
    doc("GET", "/drives", "drives_ListDrive", "List or search the drives of the tenant", ("$search", "$filter")),
    doc("GET", "/drives/{drive-id}/items/{item-id}/content", "drives_GetItemsContent", "Get content for a file"),
    doc("GET", "/drives/{drive-id}/microsoft.graph.search(q='{q}')", "drives_drive_search", "Invoke function search"),
]


def test_a_request_that_opens_with_the_operations_action_finds_it() -> None:
    # the drive's own `search` comes before reading a file's content, whose words the request also says
    assert "drives_drive_search" in top(DRIVE, 'search the drive for files containing "roadmap"', 2)


SERVICE = [
    doc("GET", "/health", "getHealth", "Get the service's state"),
    doc("GET", "/status", "getStatus", "Get the service's status"),
    doc("POST", "/sync/collection", "addToCollection", "Add items to the collection"),
    doc("GET", "/sync/history", "getHistory", "Get watched history"),
]


def test_a_word_finds_the_apis_other_part_of_speech_of_it() -> None:
    # neither "healthy" nor "collect" is a word of this API; "health" and "collection" are
    assert top(SERVICE, "is the server healthy?") == ["getHealth"]
    assert top(SERVICE, "collect Blade Runner on Blu-ray") == ["addToCollection"]
    # a word the API has is itself, not another form: "status" stays "status"
    assert top(SERVICE, "what is the status?") == ["getStatus"]


ALBUMS = [
    doc("GET", "/albums/{id}/tracks", "getAlbumTracks", "Get an album's tracks"),
    doc("GET", "/albums/{id}", "getAlbum", "Get an album"),
    doc("GET", "/me/playlists", "listPlaylists", "List my playlists"),
]


def test_a_compound_of_two_api_words_is_read_as_both() -> None:
    assert top(ALBUMS, "what's the tracklist of Abbey Road?") == ["getAlbumTracks"]


SETS = [
    doc("GET", "/apps/v1/namespaces/{namespace}/daemonsets/{name}/status", "readDaemonSetStatus", "read status"),
    doc("PUT", "/apps/v1/namespaces/{namespace}/daemonsets/{name}/status", "replaceDaemonSetStatus", "replace status"),
    doc("PATCH", "/apps/v1/namespaces/{namespace}/daemonsets/{name}/status", "patchDaemonSetStatus", "patch status"),
]


def test_a_word_of_a_name_the_api_writes_as_one_asks_for_no_action() -> None:
    # "set" of "daemon set" names the object: it does not ask to set (update) anything
    assert top(SETS, "get the status of daemon set fluentd") == ["readDaemonSetStatus"]


PAYMENTS = [
    doc("POST", "/v1/payment_methods", "PostPaymentMethods", "Creates a PaymentMethod object"),
    doc("POST", "/v1/sources", "PostSources", "Creates a new source object"),
    doc("POST", "/v1/customers/{customer}/cards", "PostCustomerCards", "Create a card"),
]


def test_a_phrase_users_say_that_the_api_also_writes_is_the_apis_own_words_too() -> None:
    # users' "payment method" often means a card, but this API names a resource `payment_methods`
    assert top(PAYMENTS, "create a payment method") == ["PostPaymentMethods"]


BILLING = [
    doc("POST", "/v1/subscriptions", "PostSubscriptions", "Create a subscription", ("customer", "price")),
    doc("GET", "/v1/events", "GetEvents", "List events, such as when a customer may subscribe or cancel"),
    doc("GET", "/v1/customers", "GetCustomers", "List customers"),
]


def test_a_verb_the_api_only_mentions_finds_the_thing_its_paths_name_for_it() -> None:
    # "subscribe" is in a description, never a path; the API's thing for it is the subscription
    assert top(BILLING, "subscribe customer cus_456 to price_pro") == ["PostSubscriptions"]


OWNED = [
    doc("GET", "/v1/account", "GetAccount", "Retrieve account details"),
    doc("GET", "/v1/accounts/{account}/owners", "ListOwners", "List the owners of an account"),
]


def test_own_after_a_possessive_stresses_whose_and_is_not_an_owner() -> None:
    assert top(OWNED, "retrieve the account's own details") == ["GetAccount"]
    assert top(OWNED, "show my own account details") == ["GetAccount"]
    # a verb of owning still asks for owners
    assert top(OWNED, "who owns account acct_1?") == ["ListOwners"]


RUN_TOGETHER = [
    doc("GET", "/playercareerstats", "get_playercareerstats", "", ("PlayerID", "PerMode", "LeagueID")),
    doc("GET", "/teamgamelog", "get_teamgamelog", "", ("TeamID", "Season", "SeasonType")),
    doc("GET", "/leagueleaders", "get_leagueleaders", "", ("LeagueID", "Season", "StatCategory")),
    doc("GET", "/franchisehistory", "get_franchisehistory", "", ("LeagueID",)),
]


def test_a_path_that_runs_words_together_is_found_by_its_words() -> None:
    # no summaries: each operation is only its path and its parameters' names
    assert top(RUN_TOGETHER, "show the career stats of player 2544") == ["get_playercareerstats"]
    assert top(RUN_TOGETHER, "the game log of team 1610612747") == ["get_teamgamelog"]
    assert top(RUN_TOGETHER, "history of the franchise") == ["get_franchisehistory"]


def test_split_joined_reads_known_words_and_keeps_unknown_runs_whole() -> None:
    known = {"player", "game", "log", "team", "history", "dashboard", "split"}.__contains__
    assert split_joined("playerdashboardbygamesplit", known) == ["player", "dashboard", "by", "game", "split"]
    assert split_joined("franchisehistory", known) == ["franchise", "history"]
    assert split_joined("teamgamelogv", known) == ["team", "game", "log", "v"]
    # too little of it is known: left whole
    assert split_joined("allstarballotpredictor", known) == []


REVIEWS = [
    doc("GET", "/v1/reviewSubmissions", "reviewSubmissions-get_collection"),
    doc("GET", "/v1/reviewSubmissions/{id}", "reviewSubmissions-get_instance", params=("id",)),
    doc("POST", "/v1/reviewSubmissions", "reviewSubmissions-create_instance", params=("build",)),
    doc("GET", "/v1/builds/{id}/reviewSubmission", "builds-reviewSubmission-get_to_one_related", params=("id",)),
    doc("GET", "/v1/builds", "builds-get_collection", params=("version",)),
]


def test_submitting_something_creates_the_apis_submission_of_it() -> None:
    # the API names no verb: "submit" finds its noun, and asks for a new one
    assert top(REVIEWS, "submit build 7.0 for review") == ["reviewSubmissions-create_instance"]
    assert top(REVIEWS, "list the review submissions") == ["reviewSubmissions-get_collection"]


LOCALIZED = [
    doc("GET", "/v1/versions", "versions-get_collection"),
    doc("PATCH", "/v1/versions/{id}", "versions-update_instance", params=("id", "releaseDate", "notes")),
    doc("PATCH", "/v1/versionLocalizations/{id}", "versionLocalizations-update_instance", params=("id", "notes")),
]


def test_a_language_asks_for_the_apis_localizations() -> None:
    assert top(LOCALIZED, "set the release notes for version 3.1 in German") == ["versionLocalizations-update_instance"]
    assert top(LOCALIZED, "change the release date of version 3.1") == ["versions-update_instance"]


PODS = [
    doc("POST", "/api/v1/namespaces/{namespace}/pods", "createNamespacedPod", "create a Pod", ("namespace",)),
    doc("PATCH", "/api/v1/namespaces/{namespace}/pods/{name}", "patchNamespacedPod",
        "partially update the specified Pod", ("namespace", "name", "annotations", "labels")),
    doc("POST", "/api/v1/namespaces/{namespace}/services/{name}/ports", "createNamespacedServicePort",
        "create a port of a Service", ("namespace", "name")),
    doc("PATCH", "/api/v1/namespaces/{namespace}/services/{name}", "patchNamespacedService",
        "partially update the specified Service", ("namespace", "name")),
]  # fmt: skip


def test_adding_what_the_api_has_no_path_for_to_a_thing_changes_the_thing() -> None:
    assert top(PODS, "add the annotation owner=team-x to pod web-1") == ["patchNamespacedPod"]
    assert top(PODS, "add the label tier=frontend to pod web-1") == ["patchNamespacedPod"]
    # what is added has a path of its own: a new one; nothing it goes to: a new one
    assert top(PODS, "add a port to service web") == ["createNamespacedServicePort"]
    assert top(PODS, "add a pod in namespace ci") == ["createNamespacedPod"]


SCHEDULE = [
    doc("POST", "/calendars/{calendarId}/events", "events_insert", "Creates an event",
        ("calendarId", "start_time", "end_time", "summary", "attendees")),
    doc("POST", "/calendars", "calendars_insert", "Creates a secondary calendar", ("summary", "description")),
    doc("PATCH", "/calendars/{calendarId}/events/{eventId}", "events_patch", "Updates an event",
        ("calendarId", "eventId", "status")),
    doc("GET", "/calendars/{calendarId}/events", "events_list", "Returns events on the specified calendar"),
    doc("GET", "/calendars/{calendarId}/acl", "acl_list", "Returns the rules in the access control list"),
    doc("DELETE", "/calendars/{calendarId}/acl/{ruleId}", "acl_delete", "Deletes an access control rule"),
    doc("DELETE", "/calendars/{calendarId}", "calendars_delete", "Deletes a secondary calendar"),
    doc("PATCH", "/users/me/calendarList/{calendarId}", "calendarList_patch", "Updates a calendar on the list",
        ("calendarId", "colorId", "hidden")),
]  # fmt: skip


def read_terms(documents: list[dict[str, Any]], query: str) -> set[str]:
    return {term for concept in Searcher(build_index(documents)).concepts(query) for term in concept}


def test_a_date_or_a_time_is_a_value_that_asks_for_dates_and_times() -> None:
    """ "tomorrow at 8am" is the value of a date-time argument: an operation that takes one is what is asked for."""
    assert top(SCHEDULE, "add coffee with Ana tomorrow at 8am") == ["events_insert"]
    dates = ("lunch on Friday", "standup at 9:30", "the offsite in March", "between 1 and 15 March", "last week")
    for query in dates:
        assert {"date", "time"} <= read_terms(SCHEDULE, query), query
    for query in ("the client with MAC 00:11:22:33:44:55", "march the rules", "a 10.2 release"):
        assert not {"date", "time"} & read_terms(SCHEDULE, query), query


def test_a_host_an_address_and_a_colour_are_values_that_say_what_they_are() -> None:
    assert "domain" in read_terms(SCHEDULE, "set up hosting for example.org")
    assert "domain" not in read_terms(SCHEDULE, "share budget.xlsx and the node.js guide")
    assert "ip" in read_terms(SCHEDULE, "point it at 203.0.113.10")
    assert "ip" not in read_terms(SCHEDULE, "upgrade to 1.27.3")
    assert "color" in read_terms(SCHEDULE, "make my gym calendar show in green")


def test_who_has_access_and_stop_sharing_read_an_access_control_list() -> None:
    assert top(SCHEDULE, "who has access to the team calendar?") == ["acl_list"]
    assert top(SCHEDULE, "stop sharing the family calendar with jake@example.com") == ["acl_delete"]
    assert top(SCHEDULE, "delete the family calendar") == ["calendars_delete"]


def test_declining_is_an_update_where_the_api_has_no_decline_of_its_own() -> None:
    assert "events_patch" in top(SCHEDULE, "decline the Friday social for me", 2)
    own = [*SCHEDULE, doc("POST", "/calendars/{calendarId}/events/{eventId}/decline", "events_decline",
                           "Declines an event")]  # fmt: skip
    assert top(own, "decline the Friday social for me") == ["events_decline"]


BOT = [
    doc("POST", "/sendMessage", "sendMessage", "Use this method to send text messages", ("chat_id", "text")),
    doc("POST", "/answerCallbackQuery", "answerCallbackQuery", "Use this method to send answers to callback queries",
        ("callback_query_id", "text")),
    doc("POST", "/forwardMessage", "forwardMessage", "Use this method to forward messages of any kind",
        ("chat_id", "from_chat_id", "message_id")),
    doc("POST", "/sendPoll", "sendPoll", "Use this method to send a native poll", ("chat_id", "question", "options")),
    doc("POST", "/stopPoll", "stopPoll", "Use this method to stop a poll", ("chat_id", "message_id")),
    doc("POST", "/getMe", "getMe", "Returns basic information about the bot"),
    doc("POST", "/orders/{id}/hold", "orders_hold", "Holds an order", ("id",)),
    doc("POST", "/orders/{id}/unhold", "orders_unhold", "Releases an order on hold", ("id",)),
    doc("POST", "/orders/{id}/cancel", "orders_cancel", "Cancels an order", ("id",)),
    doc("GET", "/orders/{id}", "orders_get", "Loads an order", ("id",)),
]  # fmt: skip


def test_what_users_say_for_sending_answering_forwarding_polls_and_holds() -> None:
    assert top(BOT, 'tell the group -1001234 "server is back up"') == ["sendMessage"]
    assert top(BOT, 'acknowledge the button press with "Saved!"') == ["answerCallbackQuery"]
    assert top(BOT, "repost the announcement to the other channel") == ["forwardMessage"]
    assert top(BOT, "run a vote in the group: pizza or tacos?") == ["sendPoll"]
    assert set(top(BOT, "close the lunch vote now", 2)) == {"sendPoll", "stopPoll"}
    assert top(BOT, "put order 145 on hold until the customer confirms") == ["orders_hold"]


HOSTING = [
    doc("GET", "/linode/instances", "getLinodeInstances", "Returns a list of Linodes you have permission to view"),
    doc("DELETE", "/linode/instances/{linodeId}", "deleteLinodeInstance", "Deletes a Linode you have access to"),
    doc("GET", "/nodebalancers/{nodeBalancerId}/configs/{configId}/nodes", "getNodeBalancerConfigNodes",
        "Returns a paginated list of NodeBalancer nodes"),
    doc("DELETE", "/nodebalancers/{nodeBalancerId}/configs/{configId}/nodes/{nodeId}", "deleteNodeBalancerNode",
        "Deletes a node from this config"),
    doc("GET", "/regions", "getRegions", "Lists the regions available"),
]  # fmt: skip


def test_a_server_is_a_virtual_machine_where_the_api_has_instances() -> None:
    assert top(HOSTING, "which of my servers are in the Newark datacenter?") == ["getLinodeInstances"]
    assert top(HOSTING, "get rid of the old test-box server for good") == ["deleteLinodeInstance"]
    assert top(HOSTING, "remove node 4 from the balancer config") == ["deleteNodeBalancerNode"]


def test_renaming_is_an_update_where_the_api_has_no_rename_and_a_load_balancer_its_balancers() -> None:
    projects = [
        doc("GET", "/projects/{project_gid}", "getProject", "Get a project", ("project_gid", "opt_fields")),
        doc("PUT", "/projects/{project_gid}", "updateProject", "Update a project", ("project_gid", "data")),
        doc("POST", "/projects", "createProject", "Create a project", ("data", "name", "workspace")),
        doc("GET", "/projects", "getProjects", "Get multiple projects", ("workspace", "archived")),
    ]  # fmt: skip
    assert top(projects, 'rename the project "Web 2.0" to "Website 2027"') == ["updateProject"]
    managed = [*HOSTING, doc("GET", "/managed/services", "getManagedServices", "Returns a list of Managed Services")]
    assert top(managed, "why is the load balancer marking one of its nodes down?") == ["getNodeBalancerConfigNodes"]


def test_cluster_ideas_users_name_by_what_they_do() -> None:
    """Kubernetes objects users ask for by their effect: may someone do X (an access review), no privileged pods (a
    pod security policy), who holds a lock (a lease), a new object type (a custom resource definition)."""
    cluster = [
        *CLUSTER,
        doc("POST", "/apis/authorization.k8s.io/v1/subjectaccessreviews", "createSubjectAccessReview",
            "create a SubjectAccessReview"),
        doc("POST", "/apis/policy/v1beta1/podsecuritypolicies", "createPodSecurityPolicy",
            "create a PodSecurityPolicy"),
        doc("GET", "/apis/coordination.k8s.io/v1/namespaces/{namespace}/leases/{name}", "readNamespacedLease",
            "read the specified Lease"),
        doc("POST", "/apis/apiextensions.k8s.io/v1/customresourcedefinitions", "createCustomResourceDefinition",
            "create a CustomResourceDefinition"),
        doc("GET", "/api/v1/namespaces/{namespace}/pods", "listNamespacedPod", "list or watch objects of kind Pod"),
    ]  # fmt: skip
    assert "~subjectaccessreview" in read_terms(cluster, "is alice allowed to delete pods in prod?")
    assert top(cluster, "forbid privileged containers everywhere") == ["createPodSecurityPolicy"]
    assert top(cluster, "who's holding the lock for the controller right now?") == ["readNamespacedLease"]
    assert top(cluster, "teach the cluster about a new Backup object type") == ["createCustomResourceDefinition"]
    assert top(cluster, "list the pods in prod") == ["listNamespacedPod"]


PAYMENTS_AREAS = [
    doc("POST", "/v1/radar/value_list_items", "PostRadarValueListItems", "Create a value list item", ("value",)),
    doc("GET", "/v1/radar/early_fraud_warnings", "GetRadarEarlyFraudWarnings", "List all early fraud warnings"),
    doc("POST", "/v1/charges", "PostCharges", "Create a charge", ("amount", "customer")),
    doc("GET", "/v1/charges/{charge}", "GetChargesCharge", "Retrieve a charge"),
    doc("POST", "/v1/payment_intents", "PostPaymentIntents", "Create a PaymentIntent", ("amount",)),
    doc("POST", "/v1/payment_intents/{intent}", "PostPaymentIntentsIntent", "Update a PaymentIntent"),
    doc("GET", "/v1/customers", "GetCustomers", "List all customers"),
    doc("POST", "/v1/customers", "PostCustomers", "Create a customer", ("email",)),
    doc("GET", "/v1/invoices", "GetInvoices", "List all invoices"),
    doc("POST", "/v1/refunds", "PostRefunds", "Create a refund", ("charge",)),
    doc("GET", "/v1/payouts", "GetPayouts", "List all payouts"),
    doc("POST", "/v1/products", "PostProducts", "Create a product", ("name",)),
    doc("GET", "/v1/prices", "GetPrices", "List all prices"),
]


def test_a_capitalised_word_of_the_apis_paths_is_that_part_of_the_api_not_a_name() -> None:
    """ "with Radar" asks for the API's radar (a word of its paths and rare in them), where "customer Radar" names a
    customer; a word in many of the API's paths (Graph's `microsoft`) says nothing of which operation."""
    assert "radar" in read_terms(PAYMENTS_AREAS, "block payments from fraud@example.com with Radar")
    assert top(PAYMENTS_AREAS, "which payments did Radar warn us about?") == ["GetRadarEarlyFraudWarnings"]
    assert "radar" not in read_terms(PAYMENTS_AREAS, "refund the last charge of customer Radar")
    everywhere = [doc("POST", f"/things{i}/microsoft.graph.act", f"act{i}", "Invoke action act") for i in range(8)]
    assert "microsoft" not in read_terms(PAYMENTS_AREAS + everywhere, "what is our address on file in Microsoft 365?")


REALM = [
    doc("POST", "/{realm}/users/{id}/logout", "logoutUser", "Remove all user sessions associated with the user"),
    doc("POST", "/{realm}/logout-all", "logoutAll", "Removes all user sessions."),
    doc("GET", "/{realm}/users/{id}/sessions", "getUserSessions", "Get sessions associated with the user"),
    doc("DELETE", "/{realm}/attack-detection/brute-force/users", "clearLoginFailures",
        "Clear any user login failures for all users"),
    doc("GET", "/{realm}/attack-detection/brute-force/users/{userId}", "getBruteForceStatus",
        "Get status of a username in brute force detection"),
    doc("POST", "/{realm}/identity-provider/instances", "createIdentityProvider", "Create a new identity provider"),
    doc("POST", "/{realm}/groups/{id}/children", "addChildGroup", "Set or create child."),
    doc("POST", "/{realm}/groups", "createGroup", "create or add a top level realm groupSet or create child."),
    doc("PUT", "/{realm}/users/{id}/reset-password", "resetPassword", "Set up a new password for the user."),
    doc("POST", "/{realm}/users", "createUser", "Create a new user"),
]  # fmt: skip


def test_signing_out_lockouts_sign_in_providers_and_subgroups() -> None:
    """ "sign X out" (words apart) ends sessions, "locked out" is a lockout (brute-force detection), "sign in with
    Google" an identity provider, and a subgroup a group's child."""
    assert set(top(REALM, "sign jdoe out everywhere", 2)) == {"logoutUser", "logoutAll"}
    assert top(REALM, "log everyone out of the acme realm") == ["logoutAll"]
    assert "~bruteforce" in read_terms(REALM, "unlock everyone who got locked out for too many wrong passwords")
    assert top(REALM, "is jdoe locked out after too many attempts?") == ["getBruteForceStatus"]
    assert top(REALM, "let people in acme sign in with Google") == ["createIdentityProvider"]
    assert top(REALM, "make a subgroup payroll under finance") == ["addChildGroup"]


def test_a_verbs_form_finds_the_apis_noun_and_the_doer_the_doing() -> None:
    """disrupted -> disruption (a form of the bare verb), bind -> binding, finalizers -> finalize."""
    cluster = [
        *CLUSTER,
        doc("GET", "/apis/policy/v1/namespaces/{namespace}/poddisruptionbudgets", "listNamespacedPodDisruptionBudget",
            "list or watch objects of kind PodDisruptionBudget"),
        doc("POST", "/api/v1/namespaces/{namespace}/pods/{name}/binding", "createNamespacedPodBinding",
            "create binding of a Pod"),
        doc("PUT", "/api/v1/namespaces/{name}/finalize", "replaceNamespaceFinalize",
            "replace finalize of the specified Namespace"),
        doc("GET", "/api/v1/namespaces/{namespace}/pods", "listNamespacedPod", "list or watch objects of kind Pod"),
        doc("GET", "/api/v1/nodes", "listNode", "list or watch objects of kind Node"),
    ]  # fmt: skip
    assert "listNamespacedPodDisruptionBudget" in top(cluster, "how many zookeeper pods can be disrupted now?", 2)
    assert top(cluster, "bind pod manual-1 to node worker-5") == ["createNamespacedPodBinding"]
    assert top(cluster, "the analytics namespace is stuck terminating, clear its finalizers") == [
        "replaceNamespaceFinalize"
    ]


def test_a_verb_the_api_only_mentions_finds_the_path_named_by_its_ing_form() -> None:
    """ "follow" finds `/me/following`, where the API writes "follow" only in its summaries."""
    people = [
        doc("GET", "/users/{user_id}/followers", "get_followers", "Get all the followers of a user"),
        doc("PUT", "/me/following/{follow_user_id}", "follow_user", "Follow a specific user"),
        doc("GET", "/users/{user_id}", "get_user", "Get a user"),
        doc("GET", "/users/{user_id}/categories", "get_category_subscriptions", "Get the categories a user follows"),
        doc("PUT", "/me/watchlater/{video_id}", "add_video_to_watch_later", "Add a video to the watch later queue"),
    ]  # fmt: skip
    assert top(people, "follow the filmmaker with user id 1180345") == ["follow_user"]


def test_a_verb_and_its_particle_are_the_word_the_apis_paths_write_for_them() -> None:
    """ "check out" a file is `/checkout`; "set up" is no `setup` where that is the first half of a name
    (`/setup_intents`)."""
    files = [
        doc("POST", "/drives/{drive-id}/items/{driveItem-id}/checkout", "drives_items_checkout",
            "Invoke action checkout"),
        doc("POST", "/me/checkMemberGroups", "me_checkMemberGroups", "Invoke action checkMemberGroups"),
        doc("PATCH", "/me", "me_UpdateUser", "Update user"),
        doc("GET", "/drives/{drive-id}/items/{driveItem-id}", "drives_GetItems", "Get items from drives"),
    ]  # fmt: skip
    assert top(files, "check out Policy.docx so nobody else edits it while I work") == ["drives_items_checkout"]
    taxes = [
        doc("POST", "/v1/setup_intents", "PostSetupIntents", "Create a SetupIntent"),
        doc("GET", "/v1/setup_intents", "GetSetupIntents", "List all SetupIntents"),
        doc("POST", "/v1/tax_rates", "PostTaxRates", "Creates a new tax rate", ("percentage",)),
        doc("GET", "/v1/tax_rates", "GetTaxRates", "List all tax rates"),
    ]
    assert top(taxes, "set up a 20% UK VAT rate") == ["PostTaxRates"]


def test_a_time_word_counts_where_the_apis_paths_name_what_it_means() -> None:
    """ "recently" is a value anywhere else, but the API's `/recent_items` names it; "sheet" is a workbook's."""
    box = [
        doc("GET", "/recent_items", "get_recent_items", "List recently accessed items"),
        doc("GET", "/files/{file_id}", "get_files_id", "Get file information"),
        doc("GET", "/folders/{folder_id}/items", "get_folders_id_items", "List items in folder"),
        doc("GET", "/files/{file_id}/versions", "get_files_id_versions", "List all file versions"),
    ]
    assert "~recent" in read_terms(box, "show the files I opened recently")
    assert top(box, "what have I looked at recently?") == ["get_recent_items"]
    book = [
        doc("POST", "/drives/{drive-id}/items/{driveItem-id}/workbook/worksheets", "workbook_CreateWorksheets",
            "Create new navigation property to worksheets for drives"),
        doc("POST", "/drives/{drive-id}/items", "drives_CreateItems", "Create new navigation property to items"),
        doc("POST", "/drives/{drive-id}/items/{driveItem-id}/copy", "drives_items_copy", "Invoke action copy"),
    ]  # fmt: skip
    assert top(book, "add a new sheet called Q4 to budget.xlsx") == ["workbook_CreateWorksheets"]


def test_a_name_the_vocabulary_knows_whole_is_not_read_as_its_parts() -> None:
    """SharePoint is a site (not "share" and "point"), where OneDrive's parts already say drive."""
    sites = [
        doc("GET", "/sites", "sites_ListSite", "List sites", ("search",)),
        doc("GET", "/reports/getSharePointSiteUsagePages", "reports_getSharePointSiteUsagePages",
            "Invoke function getSharePointSiteUsagePages"),
        doc("POST", "/drives/{drive-id}/items/{item-id}/invite", "drives_invite", "Share a file with people"),
        doc("GET", "/me/drive/root/children", "me_drive_root_children", "List children of the root of my drive"),
    ]  # fmt: skip
    assert top(sites, 'which SharePoint sites have "finance" in their name?') == ["sites_ListSite"]
    assert top(sites, "what is in my OneDrive?") == ["me_drive_root_children"]


def test_a_squad_is_a_team_and_copies_are_forks() -> None:
    org = [
        doc("GET", "/orgs/{org}/teams/{team_slug}/members", "teams_list-members-in-org", "List team members"),
        doc("GET", "/orgs/{org}/actions/runner-groups", "actions_list-runner-groups-for-org",
            "List self-hosted runner groups for an organization"),
        doc("GET", "/repos/{owner}/{repo}/forks", "repos_list-forks", "List forks"),
        doc("GET", "/repos/{owner}/{repo}/contributors", "repos_list-contributors", "List repository contributors"),
        doc("GET", "/orgs/{org}/members", "orgs_list-members", "List organization members"),
        doc("GET", "/repos/{owner}/{repo}/tarball/{ref}", "repos_download-tarball-archive",
            "Download a repository archive (tar)"),
    ]  # fmt: skip
    assert top(org, "who's on acme's security squad?") == ["teams_list-members-in-org"]
    assert top(org, "who has made copies of acme/engine?") == ["repos_list-forks"]


def test_a_phrase_users_say_is_read_whole_when_it_is_capitalised() -> None:
    """ "Do Not Disturb" is the phrase, not "Do" and two names."""
    presence = [
        doc("GET", "/me/presence", "me_GetPresence", "Get presence"),
        doc("POST", "/me/presence/setPresence", "me_setPresence", "Invoke action setPresence", ("availability",)),
        doc("GET", "/me", "me_GetUser", "Get user"),
    ]
    assert "~presence" in read_terms(presence, "set me to Do Not Disturb until noon")


def test_giving_someone_a_role_is_a_role_mapping_and_taking_it_away_removes_it() -> None:
    roles = [
        doc("POST", "/{realm}/users/{id}/role-mappings/realm", "addRealmRoleMappings",
            "Add realm-level role mappings to the user"),
        doc("PUT", "/{realm}/roles/{role-name}", "updateRole", "Update a role by name"),
        doc("POST", "/{realm}/roles", "createRole", "Create a new role for the realm or client"),
        doc("GET", "/{realm}/roles", "getRoles", "Get all roles for the realm or client"),
        doc("PUT", "/guilds/{guild_id}/members/{user_id}/roles/{role_id}", "addMemberRole", "Add guild member role"),
        doc("DELETE", "/guilds/{guild_id}/members/{user_id}/roles/{role_id}", "removeMemberRole",
            "Remove guild member role"),
    ]  # fmt: skip
    assert top(roles, "give jdoe the auditor role") == ["addRealmRoleMappings"]
    assert top(roles, "take VIP away from user 4412, his sub lapsed") == ["removeMemberRole"]


def test_right_now_asks_for_no_rights_and_an_emoji_is_no_sticker() -> None:
    guild = [
        doc("GET", "/guilds/{guild_id}/roles", "list_guild_roles", "List guild roles"),
        doc("GET", "/networks/{networkId}/devices/statuses", "getNetworkDevicesStatuses", "List device statuses"),
        doc("GET", "/guilds/{guild_id}/emojis", "list_guild_emojis", "List guild emojis"),
        doc("GET", "/guilds/{guild_id}/stickers", "list_guild_stickers", "List guild stickers"),
    ]
    assert "~role" not in read_terms(guild, "which devices are offline right now?")
    assert "~emoji" not in read_terms(guild, "what stickers do we have?")


def test_which_things_someone_is_in_asks_for_their_memberships() -> None:
    directory = [
        doc("GET", "/groups", "groups_ListGroup", "List groups"),
        doc("GET", "/users/{user-id}/memberOf", "users_ListMemberOf", "Get memberOf from users"),
        doc("GET", "/me/memberOf", "me_ListMemberOf", "Get memberOf from me"),
        doc("GET", "/groups/{group-id}/sites", "groups_ListSites", "Get sites from groups"),
        doc("GET", "/me/calendarGroups", "me_ListCalendarGroups", "Get calendarGroups from me"),
    ]
    assert top(directory, "which groups is Nina in?") == ["users_ListMemberOf"]
    assert set(top(directory, "which groups am I in?", 2)) == {"me_ListMemberOf", "users_ListMemberOf"}
    assert top(directory, "which groups are there?") == ["groups_ListGroup"]


def test_a_capitalised_first_word_before_a_verb_is_someone_not_an_action() -> None:
    """ "Mark got promoted": Mark is a person, not a request to mark something."""
    users = [doc("PATCH", "/users/{user-id}", "users_UpdateUser", "Update user", ("jobTitle",))]
    assert "~update" not in read_terms(users, "Mark got promoted, what is his new title?")
    assert "~update" in read_terms(users, "Mark the task as done")


def test_a_time_word_the_api_names_keeps_the_words_after_it() -> None:
    """ "recently" read as `/recent_items` leaves "payment methods" after it read as the API's two words."""
    wallet = [
        doc("GET", "/recent_items", "get_recent_items", "List recently accessed items"),
        doc("GET", "/v1/payment_methods", "GetPaymentMethods", "List payment methods"),
        doc("GET", "/v1/payments", "GetPayments", "List payments"),
        doc("GET", "/v1/methods", "GetMethods", "List methods"),
    ]
    assert {"~recent", "payment", "method"} <= read_terms(wallet, "recently added payment methods")


GROUPS = [
    *(
        doc("GET", f"/apis/{group}/", f"getAPIGroup_{group}", "get information of a group")
        for group in ("apps", "batch", "coordination.k8s.io", "scheduling.k8s.io")
    ),
    *(
        doc("GET", f"/apis/{group}/{version}/", f"getAPIResources_{group}_{version}", "get available resources")
        for group in ("apps", "batch", "coordination.k8s.io", "scheduling.k8s.io")
        for version in ("v1", "v1beta1")
    ),
    doc("GET", "/apis/batch/v1/namespaces/{namespace}/jobs", "listNamespacedJob", "list or watch objects of kind Job"),
    doc("GET", "/apis/scheduling.k8s.io/v1/priorityclasses", "listPriorityClass", "list objects of kind PriorityClass"),
    doc("POST", "/domains", "createDomain", "add a domain", ("name",)),
]  # fmt: skip


def test_a_namespace_of_the_apis_paths_named_as_written_is_that_part_of_the_api() -> None:
    # a dotted name the paths have is an API group, not a host name; `batch` before a version is the group, not jobs
    assert top(GROUPS, "Which versions does the coordination.k8s.io group have?") == ["getAPIGroup_coordination.k8s.io"]
    assert top(GROUPS, "What resources does scheduling.k8s.io/v1beta1 have?") == [
        "getAPIResources_scheduling.k8s.io_v1beta1"
    ]
    assert top(GROUPS, "What resources does batch/v1beta1 serve?") == ["getAPIResources_batch_v1beta1"]
    # a host name the paths do not have is still a value: a domain
    assert top(GROUPS, "add coordination.example.com") == ["createDomain"]


TRACKING = [
    doc("GET", "/shadows/v2/{trackingId}", "getShadow", "Gets the device shadow", ("trackingId",)),
    doc("GET", "/users/v2/devices", "listDevices", "Gets the devices of the user"),
    doc("POST", "/shipments/v4", "createShipment", "Creates a shipment"),
]
CHATS = [
    doc("DELETE", "/chats/{chat-id}/members/{member-id}", "chats_DeleteMembers", "Delete conversationMember"),
    doc("DELETE", "/chats/{chat-id}", "chats_DeleteChat", "Delete entity from chats"),
    doc("POST", "/chats/{chat-id}/messages", "chats_CreateMessages", "Send chatMessage in a chat"),
]
APPS = [
    doc("POST", "/applications/{id}/removePassword", "removePassword", "Remove a password from an application"),
    doc("DELETE", "/customers/{id}", "deleteCustomer", "Delete a customer"),
    doc("DELETE", "/applications/{id}", "deleteApplication", "Delete an application"),
]


def test_the_doer_finds_the_doing_where_the_api_has_no_doer() -> None:
    # "tracker" is not a word of the API; `trackingId` is, and a tracker is what tracking is of
    assert top(TRACKING, "where is tracker HERE-1234 right now?") == ["getShadow"]


def test_a_sentences_first_verb_puts_someone_into_or_out_of_something() -> None:
    # "Remove" capitalised at the start of the sentence is the verb of "remove Lee from ...": a member taken out
    assert top(CHATS, "Remove Lee from the Launch crew group chat.") == ["chats_DeleteMembers"]


def test_a_client_secret_is_an_apps_password() -> None:
    # an app's client secret is a password credential (Graph's removePassword), not a customer's anything
    assert top(APPS, "Remove the old client secret from the Inventory API app.") == ["removePassword"]


PROJECTS = [
    doc("POST", "/projects", "createProject", "Create a project", ("name", "visibility")),
    doc("PUT", "/projects/{id}", "editProject", "Edit a project", ("id", "visibility")),
    doc("GET", "/projects/{id}", "getProject", "Get a project", ("id",)),
]


def test_making_a_thing_that_exists_so_changes_it_and_making_a_new_one_creates_it() -> None:
    # "make the project private" changes a project there is; "make a project" makes one
    assert top(PROJECTS, "make the project private") == ["editProject"]
    assert top(PROJECTS, "make a private project") == ["createProject"]


TAGS = [
    doc("GET", "/tags", "get_tags", ""),
    doc("GET", "/tags/{tags}/related", "get_tags_by_tags_related", ""),
    doc("GET", "/tags/{tags}/wikis", "get_tags_by_tags_wikis", ""),
    doc("GET", "/users/{ids}/timeline", "get_users_by_ids_timeline", ""),
    doc("GET", "/users/{ids}", "get_users_by_ids", ""),
    doc("GET", "/events", "get_events", ""),
]


def test_what_goes_together_is_related_and_recent_activity_is_a_timeline() -> None:
    # "together with" asks for what is related; "recent activity" for a timeline (or the events of an account)
    assert top(TAGS, "What tags show up together with docker?") == ["get_tags_by_tags_related"]
    assert top(TAGS, "Show user 22656's recent activity.") == ["get_users_by_ids_timeline"]


FLEETS = [
    doc("POST", "/#X-Amz-Target=GameLift.UpdateFleetCapacity", "UpdateFleetCapacity", ""),
    doc("POST", "/#X-Amz-Target=GameLift.CreateFleet", "CreateFleet", ""),
    doc("POST", "/#X-Amz-Target=GameLift.DescribeInstances", "DescribeInstances", ""),
    doc("POST", "/#X-Amz-Target=GameLift.UpdateFleetPortSettings", "UpdateFleetPortSettings", ""),
]


def test_scaling_to_a_number_of_instances_changes_capacity() -> None:
    assert top(FLEETS, "Scale fleet fleet-123 to 10 instances.") == ["UpdateFleetCapacity"]


REPOS = [
    doc("POST", "/repos/{owner}/{repo}/forks", "repos_create-fork", "Create a fork"),
    doc(
        "GET", "/repos/{owner}/{repo}/zipball/{ref}", "repos_download-zipball-archive", "Download a repository archive"
    ),
    doc("GET", "/user", "users_get-authenticated", "Get the authenticated user"),
]


def test_own_stays_where_it_is_part_of_a_phrase_users_say() -> None:
    # "my own copy" is a fork; elsewhere "my own" is only "my" ("my own account" is the caller's account)
    assert top(REPOS, "Make my own copy of torvalds/linux under my account so I can hack on it.") == [
        "repos_create-fork"
    ]
    assert top(REPOS, "show my own account") == ["users_get-authenticated"]


ROLES = [
    *(
        op
        for kind in ("Pod", "Secret", "Node", "Service", "Namespace", "Event", "Lease", "Role")
        for op in (
            doc("GET", f"/api/v1/{kind.lower()}s", f"list{kind}", f"list or watch objects of kind {kind}", ("watch",)),
            doc("PUT", f"/api/v1/{kind.lower()}s/{{name}}", f"replace{kind}", f"replace the specified {kind}"),
            doc("PATCH", f"/api/v1/{kind.lower()}s/{{name}}", f"patch{kind}", f"partially update the specified {kind}"),
        )
    ),
    doc(
        "GET",
        "/apis/rbac/v1/clusterroles",
        "listClusterRole",
        "list or watch objects of kind ClusterRole",
        ("watch", "labelSelector"),
    ),
    doc(
        "PUT", "/apis/rbac/v1/clusterroles/{name}", "replaceClusterRole", "replace the specified ClusterRole", ("name",)
    ),
    doc(
        "PATCH",
        "/apis/rbac/v1/clusterroles/{name}",
        "patchClusterRole",
        "partially update the specified ClusterRole",
        ("name",),
    ),
    doc(
        "DELETE",
        "/apis/rbac/v1/clusterroles",
        "deleteCollectionClusterRole",
        "delete collection of ClusterRole",
        ("watch", "labelSelector"),
    ),
    doc("POST", "/apis/rbac/v1/clusterroles", "createClusterRole", "create a ClusterRole", ("body",)),
]


def test_the_changes_a_watch_asks_for_are_what_is_watched_not_a_change_to_make() -> None:
    # "for changes", "when it changes": the request reads (a watch), it does not update
    assert top(ROLES, "Watch the cluster roles for changes") == ["listClusterRole"]
    assert top(ROLES, "Tell me whenever the cluster role admin changes") == ["listClusterRole"]
    assert top(ROLES, "Keep an eye on the cluster roles and tell me when they change") == ["listClusterRole"]
    # a change asked for is still one
    assert top(ROLES, "change the cluster role admin")[0] in ("replaceClusterRole", "patchClusterRole")
