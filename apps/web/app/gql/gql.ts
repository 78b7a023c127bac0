/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment AuthPayloadFields on AuthPayload {\n    accessToken\n    refreshToken\n    accessTokenExpiresAt\n    user {\n      id\n      displayName\n    }\n  }\n": typeof types.AuthPayloadFieldsFragmentDoc,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      ...AuthPayloadFields\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      ...AuthPayloadFields\n    }\n  }\n": typeof types.RegisterDocument,
    "\n  mutation Logout($refreshToken: String!) {\n    logout(refreshToken: $refreshToken)\n  }\n": typeof types.LogoutDocument,
    "\n  query Provinces {\n    provinces\n  }\n": typeof types.ProvincesDocument,
    "\n  query AccountPage {\n    provinces\n    me {\n      id\n      email\n      displayName\n      kind\n      organizationName\n      province\n      emailVerified\n      notifyOnAnswers\n      followedDrafts {\n        id\n        title\n        status\n        closesAt\n      }\n    }\n  }\n": typeof types.AccountPageDocument,
    "\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      id\n    }\n  }\n": typeof types.UpdateProfileDocument,
    "\n  mutation ChangePassword($current: String!, $next: String!) {\n    changePassword(currentPassword: $current, newPassword: $next)\n  }\n": typeof types.ChangePasswordDocument,
    "\n  mutation RequestEmailVerification {\n    requestEmailVerification\n  }\n": typeof types.RequestEmailVerificationDocument,
    "\n  mutation VerifyEmail($token: String!) {\n    verifyEmail(token: $token) {\n      id\n    }\n  }\n": typeof types.VerifyEmailDocument,
    "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n": typeof types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($token: String!, $password: String!) {\n    resetPassword(token: $token, newPassword: $password)\n  }\n": typeof types.ResetPasswordDocument,
    "\n  query MyComments($after: String) {\n    myComments(first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...CommentFields\n          ...CommentPlaceFields\n        }\n      }\n    }\n  }\n": typeof types.MyCommentsDocument,
    "\n  query MyData {\n    myData\n  }\n": typeof types.MyDataDocument,
    "\n  mutation DeleteMyAccount($password: String!) {\n    deleteMyAccount(password: $password)\n  }\n": typeof types.DeleteMyAccountDocument,
    "\n  query ThreadHead($draftId: ID!, $key: String!) {\n    draft(id: $draftId) {\n      id\n      title\n      docType\n      status\n      opensAt\n      closesAt\n      commentCount\n      agency {\n        id\n        name\n      }\n      currentVersion {\n        id\n        number\n        provision(key: $key) {\n          id\n          key\n          kind\n          label\n          heading\n          text\n          commentCount\n          stanceCounts {\n            ...StanceCountsFields\n          }\n          topics {\n            ...TopicSummaryFields\n          }\n          children {\n            id\n            key\n            label\n            heading\n            text\n            commentCount\n          }\n        }\n      }\n    }\n  }\n": typeof types.ThreadHeadDocument,
    "\n  fragment TopicSummaryFields on Topic {\n    id\n    label\n    phrases\n    size\n    commentCount\n    isOther\n    stanceCounts {\n      ...StanceCountsFields\n    }\n    representative {\n      id\n      body\n      author {\n        displayName\n      }\n    }\n  }\n": typeof types.TopicSummaryFieldsFragmentDoc,
    "\n  fragment ThreadPageFields on CommentConnection {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        ...CommentFields\n        replies(first: 3) {\n          totalCount\n          edges {\n            node {\n              ...CommentFields\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.ThreadPageFieldsFragmentDoc,
    "\n  query ProvisionComments($id: ID!, $first: Int!, $after: String, $orderBy: CommentOrder) {\n    provision(id: $id) {\n      id\n      comments(first: $first, after: $after, orderBy: $orderBy) {\n        ...ThreadPageFields\n      }\n    }\n  }\n": typeof types.ProvisionCommentsDocument,
    "\n  query DraftThread($id: ID!, $first: Int!, $after: String, $orderBy: CommentOrder) {\n    draft(id: $id) {\n      id\n      title\n      docType\n      status\n      opensAt\n      closesAt\n      commentCount\n      agency {\n        id\n        name\n      }\n      stanceCounts {\n        ...StanceCountsFields\n      }\n      topics {\n        ...TopicSummaryFields\n      }\n      comments(first: $first, after: $after, orderBy: $orderBy) {\n        ...ThreadPageFields\n      }\n    }\n  }\n": typeof types.DraftThreadDocument,
    "\n  query CommentPage($id: ID!, $after: String) {\n    comment(id: $id) {\n      ...CommentFields\n      draft {\n        id\n        title\n        status\n        closesAt\n      }\n      provision {\n        id\n        key\n        label\n        fullLabel\n        heading\n        text\n      }\n      parent {\n        ...CommentFields\n      }\n      replies(first: 10, after: $after) {\n        ...ThreadPageFields\n      }\n    }\n  }\n": typeof types.CommentPageDocument,
    "\n  fragment CommentPlaceFields on Comment {\n    draft {\n      id\n      title\n    }\n    provision {\n      key\n      label\n      fullLabel\n    }\n  }\n": typeof types.CommentPlaceFieldsFragmentDoc,
    "\n  mutation PostComment($input: PostCommentInput!) {\n    postComment(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.PostCommentDocument,
    "\n  mutation EditComment($id: ID!, $input: EditCommentInput!) {\n    editComment(id: $id, input: $input) {\n      id\n    }\n  }\n": typeof types.EditCommentDocument,
    "\n  mutation WithdrawComment($id: ID!) {\n    withdrawComment(id: $id) {\n      id\n    }\n  }\n": typeof types.WithdrawCommentDocument,
    "\n  mutation ReactToComment($id: ID!, $reaction: ReactionKind!) {\n    reactToComment(commentId: $id, reaction: $reaction) {\n      id\n      myReaction\n      agreeCount\n      disagreeCount\n    }\n  }\n": typeof types.ReactToCommentDocument,
    "\n  mutation FlagComment($id: ID!, $reason: FlagReason!, $note: String) {\n    flagComment(commentId: $id, reason: $reason, note: $note)\n  }\n": typeof types.FlagCommentDocument,
    "\n  query SearchComments($input: CommentSearchInput!) {\n    searchComments(input: $input) {\n      totalCount\n      totalIsExact\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      hits {\n        highlights\n        comment {\n          ...CommentFields\n          ...CommentPlaceFields\n        }\n      }\n    }\n  }\n": typeof types.SearchCommentsDocument,
    "\n  query ProvisionRef($draftId: ID!, $key: String!) {\n    draft(id: $draftId) {\n      id\n      currentVersion {\n        id\n        provision(key: $key) {\n          id\n        }\n      }\n    }\n  }\n": typeof types.ProvisionRefDocument,
    "\n  query ConsoleViewer {\n    me {\n      id\n      roles\n      memberships {\n        role\n        agency {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.ConsoleViewerDocument,
    "\n  query ConsoleDrafts($agencyId: ID!) {\n    drafts(filter: { agencyId: $agencyId }, first: 50) {\n      edges {\n        node {\n          id\n          title\n          docType\n          status\n          opensAt\n          closesAt\n          closedAt\n          commentCount\n          heldCount\n        }\n      }\n    }\n  }\n": typeof types.ConsoleDraftsDocument,
    "\n  query UnansweredCount($draftId: ID!) {\n    searchComments(input: { draftId: $draftId, answered: false, first: 1 }) {\n      totalCount\n    }\n  }\n": typeof types.UnansweredCountDocument,
    "\n  query TriageDraft($id: ID!) {\n    draft(id: $id) {\n      id\n      title\n      docType\n      status\n      opensAt\n      closesAt\n      closedAt\n      closeReason\n      commentCount\n      moderationMode\n      consultationWarnings\n      agency {\n        id\n        name\n      }\n      attachments {\n        id\n        title\n        filename\n        sizeBytes\n        url\n      }\n      currentVersion {\n        id\n        number\n        articles: provisions(kinds: [ARTICLE]) {\n          id\n          key\n          label\n          heading\n        }\n      }\n    }\n  }\n": typeof types.TriageDraftDocument,
    "\n  query TriageCounts($draftId: ID!) {\n    all: searchComments(input: { draftId: $draftId, first: 1, facets: [PROVISION] }) {\n      totalCount\n      facets {\n        field\n        values {\n          value\n          count\n        }\n      }\n    }\n    open: searchComments(input: { draftId: $draftId, answered: false, first: 1, facets: [PROVISION] }) {\n      totalCount\n      facets {\n        field\n        values {\n          value\n          count\n        }\n      }\n    }\n  }\n": typeof types.TriageCountsDocument,
    "\n  query TriageComments($input: CommentSearchInput!) {\n    searchComments(input: $input) {\n      totalCount\n      totalIsExact\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      hits {\n        comment {\n          id\n          body\n          stance\n          proposedText\n          status\n          createdAt\n          versionNumber\n          campaign {\n            id\n            size\n          }\n          provision {\n            id\n            key\n            label\n            fullLabel\n          }\n          author {\n            ...PublicAuthorFields\n          }\n          response {\n            id\n            disposition\n            explanation\n            respondedAt\n            updatedAt\n            commentCount\n            revisions {\n              number\n              disposition\n              explanation\n              writtenAt\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.TriageCommentsDocument,
    "\n  mutation EditResponse($id: ID!, $input: EditResponseInput!) {\n    editResponse(id: $id, input: $input) {\n      id\n    }\n  }\n": typeof types.EditResponseDocument,
    "\n  query TriageIds($input: CommentSearchInput!) {\n    searchComments(input: $input) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      hits {\n        comment {\n          id\n        }\n      }\n    }\n  }\n": typeof types.TriageIdsDocument,
    "\n  mutation RespondToComments($commentId: ID!, $input: ResponseInput!) {\n    respondToComment(commentId: $commentId, input: $input) {\n      id\n    }\n  }\n": typeof types.RespondToCommentsDocument,
    "\n  mutation ScheduleConsultation($draftId: ID!, $opensAt: DateTime!, $closesAt: DateTime!) {\n    scheduleConsultation(draftId: $draftId, opensAt: $opensAt, closesAt: $closesAt) {\n      id\n    }\n  }\n": typeof types.ScheduleConsultationDocument,
    "\n  mutation CloseConsultation($draftId: ID!, $reason: String!) {\n    closeConsultation(draftId: $draftId, reason: $reason) {\n      id\n    }\n  }\n": typeof types.CloseConsultationDocument,
    "\n  mutation ExtendConsultation($draftId: ID!, $closesAt: DateTime!, $reason: String!) {\n    extendConsultation(draftId: $draftId, closesAt: $closesAt, reason: $reason) {\n      id\n    }\n  }\n": typeof types.ExtendConsultationDocument,
    "\n  query ModerationQueue($after: String) {\n    moderationQueue(first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          body\n          proposedText\n          stance\n          status\n          createdAt\n          draft {\n            id\n            title\n          }\n          provision {\n            key\n            label\n            fullLabel\n          }\n          author {\n            ...PublicAuthorFields\n          }\n          moderation {\n            queuedAt\n            flagCount\n            flagReasons {\n              reason\n              count\n            }\n            flagNotes\n            screeningFindings {\n              kind\n              rule\n              detail\n              count\n            }\n            authorCommentCount\n            authorHiddenCount\n            decisions {\n              action\n              automatic\n              reason\n              decidedAt\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.ModerationQueueDocument,
    "\n  mutation ModerateComment($id: ID!, $action: ModerationActionKind!, $reason: String!) {\n    moderateComment(id: $id, action: $action, reason: $reason) {\n      id\n      status\n    }\n  }\n": typeof types.ModerateCommentDocument,
    "\n  fragment ReportEntryFields on ReportEntry {\n    commentId\n    text\n    senders\n    size\n    senderCount\n    stance\n    disposition\n    explanation\n    withdrawn\n  }\n": typeof types.ReportEntryFieldsFragmentDoc,
    "\n  query ReportPage($draftId: ID!, $version: Int) {\n    draft(id: $draftId) {\n      id\n      title\n      docType\n      status\n      opensAt\n      closesAt\n      closedAt\n      reportPublishedAt\n      reportVersions {\n        version\n        publishedAt\n        note\n      }\n      agency {\n        id\n        name\n      }\n    }\n    feedbackReport(draftId: $draftId, version: $version) {\n      generatedAt\n      publishedAt\n      version\n      note\n      commentCount\n      distinctCount\n      participantCount\n      answeredCount\n      answeredShare\n      campaignComments\n      individualComments\n      organizationComments\n      verifiedComments\n      verifiedShare\n      stanceCounts {\n        ...StanceCountsFields\n      }\n      provinces {\n        province\n        count\n      }\n      timeline {\n        day\n        count\n      }\n      campaigns {\n        id\n      }\n      provisions {\n        commentCount\n        answeredCount\n        provision {\n          id\n          key\n          label\n          fullLabel\n          heading\n        }\n        topics {\n          label\n          size\n          commentCount\n          other\n          representativeText\n          stanceCounts {\n            ...StanceCountsFields\n          }\n        }\n        entries {\n          ...ReportEntryFields\n        }\n      }\n      general {\n        ...ReportEntryFields\n      }\n    }\n  }\n": typeof types.ReportPageDocument,
    "\n  mutation PublishReport($draftId: ID!, $note: String) {\n    publishFeedbackReport(draftId: $draftId, note: $note) {\n      publishedAt\n      version\n    }\n  }\n": typeof types.PublishReportDocument,
    "\n  query PreviewDraft($source: DraftSourceInput!) {\n    parseDraft(source: $source) {\n      title\n      docType\n      number\n      issuer\n      warnings\n      json\n    }\n  }\n": typeof types.PreviewDraftDocument,
    "\n  mutation CreateDraft($input: CreateDraftInput!) {\n    createDraft(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateDraftDocument,
    "\n  mutation SetModerationMode($draftId: ID!, $mode: ModerationMode!) {\n    setModerationMode(draftId: $draftId, mode: $mode) {\n      id\n    }\n  }\n": typeof types.SetModerationModeDocument,
    "\n  mutation AddAttachment($draftId: ID!, $input: DraftAttachmentInput!) {\n    addDraftAttachment(draftId: $draftId, input: $input) {\n      id\n    }\n  }\n": typeof types.AddAttachmentDocument,
    "\n  query AdminPage($email: String, $search: Boolean!) {\n    agencies {\n      id\n      code\n      name\n      kind\n      members {\n        userId\n        displayName\n        email\n        role\n        since\n      }\n    }\n    users(email: $email, first: 20) @include(if: $search) {\n      totalCount\n      edges {\n        node {\n          id\n          email\n          displayName\n          roles\n          memberships {\n            role\n            agency {\n              id\n              code\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.AdminPageDocument,
    "\n  mutation CreateAgency($input: CreateAgencyInput!) {\n    createAgency(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateAgencyDocument,
    "\n  query FindUserByEmail($email: String!) {\n    users(email: $email, first: 5) {\n      edges {\n        node {\n          id\n          email\n        }\n      }\n    }\n  }\n": typeof types.FindUserByEmailDocument,
    "\n  mutation AddAgencyMember($agencyId: ID!, $userId: ID!, $role: AgencyRole!) {\n    addAgencyMember(agencyId: $agencyId, userId: $userId, role: $role) {\n      id\n    }\n  }\n": typeof types.AddAgencyMemberDocument,
    "\n  mutation RemoveAgencyMember($agencyId: ID!, $userId: ID!, $role: AgencyRole!) {\n    removeAgencyMember(agencyId: $agencyId, userId: $userId, role: $role) {\n      id\n    }\n  }\n": typeof types.RemoveAgencyMemberDocument,
    "\n  mutation GrantRole($userId: ID!, $role: GrantableRole!) {\n    grantRole(userId: $userId, role: $role) {\n      id\n    }\n  }\n": typeof types.GrantRoleDocument,
    "\n  mutation RevokeRole($userId: ID!, $role: GrantableRole!) {\n    revokeRole(userId: $userId, role: $role) {\n      id\n    }\n  }\n": typeof types.RevokeRoleDocument,
    "\n  query DraftVersions($id: ID!) {\n    draft(id: $id) {\n      id\n      title\n      status\n      opensAt\n      closesAt\n      agency {\n        id\n        name\n      }\n      versions {\n        id\n        number\n        publishedAt\n        changeNote\n        warnings\n      }\n    }\n  }\n": typeof types.DraftVersionsDocument,
    "\n  mutation AddDraftVersion($draftId: ID!, $input: DraftVersionInput!) {\n    addDraftVersion(draftId: $draftId, input: $input) {\n      id\n      number\n    }\n  }\n": typeof types.AddDraftVersionDocument,
    "\n  query TriageTopics($draftId: ID!, $key: String!) {\n    draft(id: $draftId) {\n      id\n      currentVersion {\n        id\n        provision(key: $key) {\n          id\n          topics {\n            id\n            label\n            size\n            commentCount\n            isOther\n          }\n        }\n      }\n    }\n  }\n": typeof types.TriageTopicsDocument,
    "\n  query TriageCount($input: CommentSearchInput!) {\n    searchComments(input: $input) {\n      totalCount\n      totalIsExact\n    }\n  }\n": typeof types.TriageCountDocument,
    "\n  query HomePage {\n    open: drafts(filter: { status: [OPEN] }, first: 20, orderBy: CLOSING_SOON) {\n      edges {\n        node {\n          ...DraftCardFields\n        }\n      }\n    }\n    closed: drafts(filter: { status: [CLOSED] }, first: 5, orderBy: RECENTLY_CLOSED) {\n      edges {\n        node {\n          ...DraftCardFields\n        }\n      }\n    }\n    hot: mostDiscussedProvisions(first: 5, hours: 24) {\n      recentCount\n      provision {\n        id\n        key\n        label\n        fullLabel\n        heading\n        commentCount\n      }\n      draft {\n        id\n        title\n      }\n    }\n  }\n": typeof types.HomePageDocument,
    "\n  query DraftsPage($filter: DraftFilter, $first: Int!, $after: String) {\n    agencies {\n      id\n      name\n    }\n    drafts(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...DraftCardFields\n          summary\n        }\n      }\n    }\n  }\n": typeof types.DraftsPageDocument,
    "\n  fragment DraftHeadFields on Draft {\n    id\n    title\n    docType\n    summary\n    status\n    opensAt\n    closesAt\n    closedAt\n    closeReason\n    consultationChanges {\n      kind\n      closesAt\n      reason\n      changedAt\n    }\n    commentCount\n    participantCount\n    reportPublishedAt\n    followedByMe\n    consultationWarnings\n    agency {\n      id\n      name\n      code\n    }\n    stanceCounts {\n      ...StanceCountsFields\n    }\n    versions {\n      id\n      number\n      publishedAt\n      changeNote\n    }\n    attachments {\n      id\n      title\n      filename\n      contentType\n      sizeBytes\n      url\n    }\n  }\n": typeof types.DraftHeadFieldsFragmentDoc,
    "\n  fragment VersionHeadFields on DraftVersion {\n    id\n    number\n    documentNumber\n    preamble\n    publishedAt\n    changeNote\n    structure: provisions(kinds: [PART, CHAPTER, SECTION, SUBSECTION, ARTICLE]) {\n      id\n      key\n      kind\n      number\n      label\n      heading\n      text\n      parentId\n      commentCount\n      stanceCounts {\n        ...StanceCountsFields\n      }\n    }\n  }\n": typeof types.VersionHeadFieldsFragmentDoc,
    "\n  query DraftPage($id: ID!) {\n    draft(id: $id) {\n      ...DraftHeadFields\n      currentVersion {\n        ...VersionHeadFields\n      }\n    }\n  }\n": typeof types.DraftPageDocument,
    "\n  query DraftVersionPage($id: ID!, $number: Int!) {\n    draft(id: $id) {\n      ...DraftHeadFields\n      currentVersion {\n        id\n        number\n      }\n      version(number: $number) {\n        ...VersionHeadFields\n      }\n    }\n  }\n": typeof types.DraftVersionPageDocument,
    "\n  query DraftText($id: ID!, $number: Int!, $under: String) {\n    draft(id: $id) {\n      id\n      version(number: $number) {\n        id\n        provisions(under: $under) {\n          id\n          key\n          kind\n          number\n          label\n          heading\n          text\n          parentId\n          commentCount\n          stanceCounts {\n            ...StanceCountsFields\n          }\n        }\n      }\n    }\n  }\n": typeof types.DraftTextDocument,
    "\n  query DraftDiff($from: ID!, $to: ID!) {\n    draftDiff(fromVersionId: $from, toVersionId: $to) {\n      change\n      kind\n      label\n      fromKey\n      toKey\n      textChanged\n      wordDiff {\n        op\n        text\n      }\n    }\n  }\n": typeof types.DraftDiffDocument,
    "\n  query CompareDraft($id: ID!) {\n    draft(id: $id) {\n      id\n      title\n      currentVersion {\n        id\n        number\n      }\n      versions {\n        id\n        number\n        publishedAt\n      }\n    }\n  }\n": typeof types.CompareDraftDocument,
    "\n  query CompareProvision($id: ID!, $number: Int!, $key: String!) {\n    draft(id: $id) {\n      id\n      version(number: $number) {\n        id\n        provision(key: $key) {\n          id\n          key\n          label\n          fullLabel\n          heading\n          text\n        }\n      }\n    }\n  }\n": typeof types.CompareProvisionDocument,
    "\n  mutation FollowDraft($draftId: ID!) {\n    followDraft(draftId: $draftId) {\n      id\n    }\n  }\n": typeof types.FollowDraftDocument,
    "\n  mutation UnfollowDraft($draftId: ID!) {\n    unfollowDraft(draftId: $draftId) {\n      id\n    }\n  }\n": typeof types.UnfollowDraftDocument,
    "\n  fragment StanceCountsFields on StanceCounts {\n    support\n    oppose\n    amend\n    question\n    neutral\n  }\n": typeof types.StanceCountsFieldsFragmentDoc,
    "\n  fragment CommentFields on Comment {\n    id\n    body\n    bodyHtml\n    stance\n    proposedText\n    status\n    createdAt\n    editedAt\n    versionNumber\n    depth\n    agreeCount\n    disagreeCount\n    replyCount\n    myReaction\n    moderationReason\n    viewerIsAuthor\n    viewerCanEdit\n    editableUntil\n    author {\n      ...PublicAuthorFields\n    }\n    response {\n      id\n      disposition\n      explanation\n      respondedAt\n    }\n  }\n": typeof types.CommentFieldsFragmentDoc,
    "\n  fragment PublicAuthorFields on PublicAuthor {\n    displayName\n    kind\n    organizationName\n    province\n    verified\n  }\n": typeof types.PublicAuthorFieldsFragmentDoc,
    "\n  fragment DraftCardFields on Draft {\n    id\n    title\n    docType\n    status\n    opensAt\n    closesAt\n    closedAt\n    commentCount\n    participantCount\n    reportPublishedAt\n    agency {\n      id\n      name\n    }\n    stanceCounts {\n      ...StanceCountsFields\n    }\n  }\n": typeof types.DraftCardFieldsFragmentDoc,
    "\n  query SearchPage($input: CommentSearchInput!) {\n    searchComments(input: $input) {\n      totalCount\n      totalIsExact\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      facets {\n        field\n        values {\n          value\n          count\n        }\n      }\n      corrections {\n        typed\n        readAs\n        kind\n      }\n      hits {\n        highlights\n        matchedIn\n        comment {\n          ...CommentFields\n          draft {\n            id\n            title\n            currentVersion {\n              id\n              number\n            }\n          }\n          provision {\n            key\n            label\n            fullLabel\n          }\n        }\n      }\n    }\n  }\n": typeof types.SearchPageDocument,
    "\n  query SearchChoices {\n    agencies {\n      id\n      name\n    }\n    drafts(first: 100, orderBy: NEWEST) {\n      edges {\n        node {\n          id\n          title\n        }\n      }\n    }\n  }\n": typeof types.SearchChoicesDocument,
    "\n  query SearchDraft($id: ID!) {\n    draft(id: $id) {\n      id\n      title\n      currentVersion {\n        id\n        articles: provisions(kinds: [ARTICLE]) {\n          id\n          key\n          label\n          heading\n        }\n      }\n    }\n  }\n": typeof types.SearchDraftDocument,
    "\n  query SearchTopic($id: ID!) {\n    topic(id: $id) {\n      id\n      label\n    }\n  }\n": typeof types.SearchTopicDocument,
    "\n  mutation RefreshSession($refreshToken: String!) {\n    refreshSession(refreshToken: $refreshToken) {\n      accessToken\n      refreshToken\n      accessTokenExpiresAt\n    }\n  }\n": typeof types.RefreshSessionDocument,
    "\n  query Viewer {\n    me {\n      id\n      displayName\n      emailVerified\n      roles\n      memberships {\n        role\n      }\n    }\n  }\n": typeof types.ViewerDocument,
    "\n  query StatsPage($draftId: ID!) {\n    draft(id: $draftId) {\n      id\n      title\n      status\n      opensAt\n      closesAt\n      agency {\n        id\n        name\n      }\n    }\n    draftStatistics(draftId: $draftId) {\n      draftId\n      generatedAt\n      status\n      commentCount\n      participantCount\n      individualComments\n      organizationComments\n      individualParticipants\n      organizationParticipants\n      verifiedComments\n      answeredCount\n      generalComments\n      stanceCounts {\n        ...StanceCountsFields\n      }\n      dispositionCounts {\n        disposition\n        count\n      }\n      provinces {\n        province\n        count\n      }\n      timeline {\n        day\n        comments\n        participants\n        newParticipants\n      }\n      articles {\n        commentCount\n        participantCount\n        answeredCount\n        provision {\n          id\n          key\n          label\n          fullLabel\n          heading\n        }\n      }\n    }\n  }\n": typeof types.StatsPageDocument,
};
const documents: Documents = {
    "\n  fragment AuthPayloadFields on AuthPayload {\n    accessToken\n    refreshToken\n    accessTokenExpiresAt\n    user {\n      id\n      displayName\n    }\n  }\n": types.AuthPayloadFieldsFragmentDoc,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      ...AuthPayloadFields\n    }\n  }\n": types.LoginDocument,
    "\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      ...AuthPayloadFields\n    }\n  }\n": types.RegisterDocument,
    "\n  mutation Logout($refreshToken: String!) {\n    logout(refreshToken: $refreshToken)\n  }\n": types.LogoutDocument,
    "\n  query Provinces {\n    provinces\n  }\n": types.ProvincesDocument,
    "\n  query AccountPage {\n    provinces\n    me {\n      id\n      email\n      displayName\n      kind\n      organizationName\n      province\n      emailVerified\n      notifyOnAnswers\n      followedDrafts {\n        id\n        title\n        status\n        closesAt\n      }\n    }\n  }\n": types.AccountPageDocument,
    "\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      id\n    }\n  }\n": types.UpdateProfileDocument,
    "\n  mutation ChangePassword($current: String!, $next: String!) {\n    changePassword(currentPassword: $current, newPassword: $next)\n  }\n": types.ChangePasswordDocument,
    "\n  mutation RequestEmailVerification {\n    requestEmailVerification\n  }\n": types.RequestEmailVerificationDocument,
    "\n  mutation VerifyEmail($token: String!) {\n    verifyEmail(token: $token) {\n      id\n    }\n  }\n": types.VerifyEmailDocument,
    "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n": types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($token: String!, $password: String!) {\n    resetPassword(token: $token, newPassword: $password)\n  }\n": types.ResetPasswordDocument,
    "\n  query MyComments($after: String) {\n    myComments(first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...CommentFields\n          ...CommentPlaceFields\n        }\n      }\n    }\n  }\n": types.MyCommentsDocument,
    "\n  query MyData {\n    myData\n  }\n": types.MyDataDocument,
    "\n  mutation DeleteMyAccount($password: String!) {\n    deleteMyAccount(password: $password)\n  }\n": types.DeleteMyAccountDocument,
    "\n  query ThreadHead($draftId: ID!, $key: String!) {\n    draft(id: $draftId) {\n      id\n      title\n      docType\n      status\n      opensAt\n      closesAt\n      commentCount\n      agency {\n        id\n        name\n      }\n      currentVersion {\n        id\n        number\n        provision(key: $key) {\n          id\n          key\n          kind\n          label\n          heading\n          text\n          commentCount\n          stanceCounts {\n            ...StanceCountsFields\n          }\n          topics {\n            ...TopicSummaryFields\n          }\n          children {\n            id\n            key\n            label\n            heading\n            text\n            commentCount\n          }\n        }\n      }\n    }\n  }\n": types.ThreadHeadDocument,
    "\n  fragment TopicSummaryFields on Topic {\n    id\n    label\n    phrases\n    size\n    commentCount\n    isOther\n    stanceCounts {\n      ...StanceCountsFields\n    }\n    representative {\n      id\n      body\n      author {\n        displayName\n      }\n    }\n  }\n": types.TopicSummaryFieldsFragmentDoc,
    "\n  fragment ThreadPageFields on CommentConnection {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        ...CommentFields\n        replies(first: 3) {\n          totalCount\n          edges {\n            node {\n              ...CommentFields\n            }\n          }\n        }\n      }\n    }\n  }\n": types.ThreadPageFieldsFragmentDoc,
    "\n  query ProvisionComments($id: ID!, $first: Int!, $after: String, $orderBy: CommentOrder) {\n    provision(id: $id) {\n      id\n      comments(first: $first, after: $after, orderBy: $orderBy) {\n        ...ThreadPageFields\n      }\n    }\n  }\n": types.ProvisionCommentsDocument,
    "\n  query DraftThread($id: ID!, $first: Int!, $after: String, $orderBy: CommentOrder) {\n    draft(id: $id) {\n      id\n      title\n      docType\n      status\n      opensAt\n      closesAt\n      commentCount\n      agency {\n        id\n        name\n      }\n      stanceCounts {\n        ...StanceCountsFields\n      }\n      topics {\n        ...TopicSummaryFields\n      }\n      comments(first: $first, after: $after, orderBy: $orderBy) {\n        ...ThreadPageFields\n      }\n    }\n  }\n": types.DraftThreadDocument,
    "\n  query CommentPage($id: ID!, $after: String) {\n    comment(id: $id) {\n      ...CommentFields\n      draft {\n        id\n        title\n        status\n        closesAt\n      }\n      provision {\n        id\n        key\n        label\n        fullLabel\n        heading\n        text\n      }\n      parent {\n        ...CommentFields\n      }\n      replies(first: 10, after: $after) {\n        ...ThreadPageFields\n      }\n    }\n  }\n": types.CommentPageDocument,
    "\n  fragment CommentPlaceFields on Comment {\n    draft {\n      id\n      title\n    }\n    provision {\n      key\n      label\n      fullLabel\n    }\n  }\n": types.CommentPlaceFieldsFragmentDoc,
    "\n  mutation PostComment($input: PostCommentInput!) {\n    postComment(input: $input) {\n      id\n      status\n    }\n  }\n": types.PostCommentDocument,
    "\n  mutation EditComment($id: ID!, $input: EditCommentInput!) {\n    editComment(id: $id, input: $input) {\n      id\n    }\n  }\n": types.EditCommentDocument,
    "\n  mutation WithdrawComment($id: ID!) {\n    withdrawComment(id: $id) {\n      id\n    }\n  }\n": types.WithdrawCommentDocument,
    "\n  mutation ReactToComment($id: ID!, $reaction: ReactionKind!) {\n    reactToComment(commentId: $id, reaction: $reaction) {\n      id\n      myReaction\n      agreeCount\n      disagreeCount\n    }\n  }\n": types.ReactToCommentDocument,
    "\n  mutation FlagComment($id: ID!, $reason: FlagReason!, $note: String) {\n    flagComment(commentId: $id, reason: $reason, note: $note)\n  }\n": types.FlagCommentDocument,
    "\n  query SearchComments($input: CommentSearchInput!) {\n    searchComments(input: $input) {\n      totalCount\n      totalIsExact\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      hits {\n        highlights\n        comment {\n          ...CommentFields\n          ...CommentPlaceFields\n        }\n      }\n    }\n  }\n": types.SearchCommentsDocument,
    "\n  query ProvisionRef($draftId: ID!, $key: String!) {\n    draft(id: $draftId) {\n      id\n      currentVersion {\n        id\n        provision(key: $key) {\n          id\n        }\n      }\n    }\n  }\n": types.ProvisionRefDocument,
    "\n  query ConsoleViewer {\n    me {\n      id\n      roles\n      memberships {\n        role\n        agency {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.ConsoleViewerDocument,
    "\n  query ConsoleDrafts($agencyId: ID!) {\n    drafts(filter: { agencyId: $agencyId }, first: 50) {\n      edges {\n        node {\n          id\n          title\n          docType\n          status\n          opensAt\n          closesAt\n          closedAt\n          commentCount\n          heldCount\n        }\n      }\n    }\n  }\n": types.ConsoleDraftsDocument,
    "\n  query UnansweredCount($draftId: ID!) {\n    searchComments(input: { draftId: $draftId, answered: false, first: 1 }) {\n      totalCount\n    }\n  }\n": types.UnansweredCountDocument,
    "\n  query TriageDraft($id: ID!) {\n    draft(id: $id) {\n      id\n      title\n      docType\n      status\n      opensAt\n      closesAt\n      closedAt\n      closeReason\n      commentCount\n      moderationMode\n      consultationWarnings\n      agency {\n        id\n        name\n      }\n      attachments {\n        id\n        title\n        filename\n        sizeBytes\n        url\n      }\n      currentVersion {\n        id\n        number\n        articles: provisions(kinds: [ARTICLE]) {\n          id\n          key\n          label\n          heading\n        }\n      }\n    }\n  }\n": types.TriageDraftDocument,
    "\n  query TriageCounts($draftId: ID!) {\n    all: searchComments(input: { draftId: $draftId, first: 1, facets: [PROVISION] }) {\n      totalCount\n      facets {\n        field\n        values {\n          value\n          count\n        }\n      }\n    }\n    open: searchComments(input: { draftId: $draftId, answered: false, first: 1, facets: [PROVISION] }) {\n      totalCount\n      facets {\n        field\n        values {\n          value\n          count\n        }\n      }\n    }\n  }\n": types.TriageCountsDocument,
    "\n  query TriageComments($input: CommentSearchInput!) {\n    searchComments(input: $input) {\n      totalCount\n      totalIsExact\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      hits {\n        comment {\n          id\n          body\n          stance\n          proposedText\n          status\n          createdAt\n          versionNumber\n          campaign {\n            id\n            size\n          }\n          provision {\n            id\n            key\n            label\n            fullLabel\n          }\n          author {\n            ...PublicAuthorFields\n          }\n          response {\n            id\n            disposition\n            explanation\n            respondedAt\n            updatedAt\n            commentCount\n            revisions {\n              number\n              disposition\n              explanation\n              writtenAt\n            }\n          }\n        }\n      }\n    }\n  }\n": types.TriageCommentsDocument,
    "\n  mutation EditResponse($id: ID!, $input: EditResponseInput!) {\n    editResponse(id: $id, input: $input) {\n      id\n    }\n  }\n": types.EditResponseDocument,
    "\n  query TriageIds($input: CommentSearchInput!) {\n    searchComments(input: $input) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      hits {\n        comment {\n          id\n        }\n      }\n    }\n  }\n": types.TriageIdsDocument,
    "\n  mutation RespondToComments($commentId: ID!, $input: ResponseInput!) {\n    respondToComment(commentId: $commentId, input: $input) {\n      id\n    }\n  }\n": types.RespondToCommentsDocument,
    "\n  mutation ScheduleConsultation($draftId: ID!, $opensAt: DateTime!, $closesAt: DateTime!) {\n    scheduleConsultation(draftId: $draftId, opensAt: $opensAt, closesAt: $closesAt) {\n      id\n    }\n  }\n": types.ScheduleConsultationDocument,
    "\n  mutation CloseConsultation($draftId: ID!, $reason: String!) {\n    closeConsultation(draftId: $draftId, reason: $reason) {\n      id\n    }\n  }\n": types.CloseConsultationDocument,
    "\n  mutation ExtendConsultation($draftId: ID!, $closesAt: DateTime!, $reason: String!) {\n    extendConsultation(draftId: $draftId, closesAt: $closesAt, reason: $reason) {\n      id\n    }\n  }\n": types.ExtendConsultationDocument,
    "\n  query ModerationQueue($after: String) {\n    moderationQueue(first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          body\n          proposedText\n          stance\n          status\n          createdAt\n          draft {\n            id\n            title\n          }\n          provision {\n            key\n            label\n            fullLabel\n          }\n          author {\n            ...PublicAuthorFields\n          }\n          moderation {\n            queuedAt\n            flagCount\n            flagReasons {\n              reason\n              count\n            }\n            flagNotes\n            screeningFindings {\n              kind\n              rule\n              detail\n              count\n            }\n            authorCommentCount\n            authorHiddenCount\n            decisions {\n              action\n              automatic\n              reason\n              decidedAt\n            }\n          }\n        }\n      }\n    }\n  }\n": types.ModerationQueueDocument,
    "\n  mutation ModerateComment($id: ID!, $action: ModerationActionKind!, $reason: String!) {\n    moderateComment(id: $id, action: $action, reason: $reason) {\n      id\n      status\n    }\n  }\n": types.ModerateCommentDocument,
    "\n  fragment ReportEntryFields on ReportEntry {\n    commentId\n    text\n    senders\n    size\n    senderCount\n    stance\n    disposition\n    explanation\n    withdrawn\n  }\n": types.ReportEntryFieldsFragmentDoc,
    "\n  query ReportPage($draftId: ID!, $version: Int) {\n    draft(id: $draftId) {\n      id\n      title\n      docType\n      status\n      opensAt\n      closesAt\n      closedAt\n      reportPublishedAt\n      reportVersions {\n        version\n        publishedAt\n        note\n      }\n      agency {\n        id\n        name\n      }\n    }\n    feedbackReport(draftId: $draftId, version: $version) {\n      generatedAt\n      publishedAt\n      version\n      note\n      commentCount\n      distinctCount\n      participantCount\n      answeredCount\n      answeredShare\n      campaignComments\n      individualComments\n      organizationComments\n      verifiedComments\n      verifiedShare\n      stanceCounts {\n        ...StanceCountsFields\n      }\n      provinces {\n        province\n        count\n      }\n      timeline {\n        day\n        count\n      }\n      campaigns {\n        id\n      }\n      provisions {\n        commentCount\n        answeredCount\n        provision {\n          id\n          key\n          label\n          fullLabel\n          heading\n        }\n        topics {\n          label\n          size\n          commentCount\n          other\n          representativeText\n          stanceCounts {\n            ...StanceCountsFields\n          }\n        }\n        entries {\n          ...ReportEntryFields\n        }\n      }\n      general {\n        ...ReportEntryFields\n      }\n    }\n  }\n": types.ReportPageDocument,
    "\n  mutation PublishReport($draftId: ID!, $note: String) {\n    publishFeedbackReport(draftId: $draftId, note: $note) {\n      publishedAt\n      version\n    }\n  }\n": types.PublishReportDocument,
    "\n  query PreviewDraft($source: DraftSourceInput!) {\n    parseDraft(source: $source) {\n      title\n      docType\n      number\n      issuer\n      warnings\n      json\n    }\n  }\n": types.PreviewDraftDocument,
    "\n  mutation CreateDraft($input: CreateDraftInput!) {\n    createDraft(input: $input) {\n      id\n    }\n  }\n": types.CreateDraftDocument,
    "\n  mutation SetModerationMode($draftId: ID!, $mode: ModerationMode!) {\n    setModerationMode(draftId: $draftId, mode: $mode) {\n      id\n    }\n  }\n": types.SetModerationModeDocument,
    "\n  mutation AddAttachment($draftId: ID!, $input: DraftAttachmentInput!) {\n    addDraftAttachment(draftId: $draftId, input: $input) {\n      id\n    }\n  }\n": types.AddAttachmentDocument,
    "\n  query AdminPage($email: String, $search: Boolean!) {\n    agencies {\n      id\n      code\n      name\n      kind\n      members {\n        userId\n        displayName\n        email\n        role\n        since\n      }\n    }\n    users(email: $email, first: 20) @include(if: $search) {\n      totalCount\n      edges {\n        node {\n          id\n          email\n          displayName\n          roles\n          memberships {\n            role\n            agency {\n              id\n              code\n            }\n          }\n        }\n      }\n    }\n  }\n": types.AdminPageDocument,
    "\n  mutation CreateAgency($input: CreateAgencyInput!) {\n    createAgency(input: $input) {\n      id\n    }\n  }\n": types.CreateAgencyDocument,
    "\n  query FindUserByEmail($email: String!) {\n    users(email: $email, first: 5) {\n      edges {\n        node {\n          id\n          email\n        }\n      }\n    }\n  }\n": types.FindUserByEmailDocument,
    "\n  mutation AddAgencyMember($agencyId: ID!, $userId: ID!, $role: AgencyRole!) {\n    addAgencyMember(agencyId: $agencyId, userId: $userId, role: $role) {\n      id\n    }\n  }\n": types.AddAgencyMemberDocument,
    "\n  mutation RemoveAgencyMember($agencyId: ID!, $userId: ID!, $role: AgencyRole!) {\n    removeAgencyMember(agencyId: $agencyId, userId: $userId, role: $role) {\n      id\n    }\n  }\n": types.RemoveAgencyMemberDocument,
    "\n  mutation GrantRole($userId: ID!, $role: GrantableRole!) {\n    grantRole(userId: $userId, role: $role) {\n      id\n    }\n  }\n": types.GrantRoleDocument,
    "\n  mutation RevokeRole($userId: ID!, $role: GrantableRole!) {\n    revokeRole(userId: $userId, role: $role) {\n      id\n    }\n  }\n": types.RevokeRoleDocument,
    "\n  query DraftVersions($id: ID!) {\n    draft(id: $id) {\n      id\n      title\n      status\n      opensAt\n      closesAt\n      agency {\n        id\n        name\n      }\n      versions {\n        id\n        number\n        publishedAt\n        changeNote\n        warnings\n      }\n    }\n  }\n": types.DraftVersionsDocument,
    "\n  mutation AddDraftVersion($draftId: ID!, $input: DraftVersionInput!) {\n    addDraftVersion(draftId: $draftId, input: $input) {\n      id\n      number\n    }\n  }\n": types.AddDraftVersionDocument,
    "\n  query TriageTopics($draftId: ID!, $key: String!) {\n    draft(id: $draftId) {\n      id\n      currentVersion {\n        id\n        provision(key: $key) {\n          id\n          topics {\n            id\n            label\n            size\n            commentCount\n            isOther\n          }\n        }\n      }\n    }\n  }\n": types.TriageTopicsDocument,
    "\n  query TriageCount($input: CommentSearchInput!) {\n    searchComments(input: $input) {\n      totalCount\n      totalIsExact\n    }\n  }\n": types.TriageCountDocument,
    "\n  query HomePage {\n    open: drafts(filter: { status: [OPEN] }, first: 20, orderBy: CLOSING_SOON) {\n      edges {\n        node {\n          ...DraftCardFields\n        }\n      }\n    }\n    closed: drafts(filter: { status: [CLOSED] }, first: 5, orderBy: RECENTLY_CLOSED) {\n      edges {\n        node {\n          ...DraftCardFields\n        }\n      }\n    }\n    hot: mostDiscussedProvisions(first: 5, hours: 24) {\n      recentCount\n      provision {\n        id\n        key\n        label\n        fullLabel\n        heading\n        commentCount\n      }\n      draft {\n        id\n        title\n      }\n    }\n  }\n": types.HomePageDocument,
    "\n  query DraftsPage($filter: DraftFilter, $first: Int!, $after: String) {\n    agencies {\n      id\n      name\n    }\n    drafts(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...DraftCardFields\n          summary\n        }\n      }\n    }\n  }\n": types.DraftsPageDocument,
    "\n  fragment DraftHeadFields on Draft {\n    id\n    title\n    docType\n    summary\n    status\n    opensAt\n    closesAt\n    closedAt\n    closeReason\n    consultationChanges {\n      kind\n      closesAt\n      reason\n      changedAt\n    }\n    commentCount\n    participantCount\n    reportPublishedAt\n    followedByMe\n    consultationWarnings\n    agency {\n      id\n      name\n      code\n    }\n    stanceCounts {\n      ...StanceCountsFields\n    }\n    versions {\n      id\n      number\n      publishedAt\n      changeNote\n    }\n    attachments {\n      id\n      title\n      filename\n      contentType\n      sizeBytes\n      url\n    }\n  }\n": types.DraftHeadFieldsFragmentDoc,
    "\n  fragment VersionHeadFields on DraftVersion {\n    id\n    number\n    documentNumber\n    preamble\n    publishedAt\n    changeNote\n    structure: provisions(kinds: [PART, CHAPTER, SECTION, SUBSECTION, ARTICLE]) {\n      id\n      key\n      kind\n      number\n      label\n      heading\n      text\n      parentId\n      commentCount\n      stanceCounts {\n        ...StanceCountsFields\n      }\n    }\n  }\n": types.VersionHeadFieldsFragmentDoc,
    "\n  query DraftPage($id: ID!) {\n    draft(id: $id) {\n      ...DraftHeadFields\n      currentVersion {\n        ...VersionHeadFields\n      }\n    }\n  }\n": types.DraftPageDocument,
    "\n  query DraftVersionPage($id: ID!, $number: Int!) {\n    draft(id: $id) {\n      ...DraftHeadFields\n      currentVersion {\n        id\n        number\n      }\n      version(number: $number) {\n        ...VersionHeadFields\n      }\n    }\n  }\n": types.DraftVersionPageDocument,
    "\n  query DraftText($id: ID!, $number: Int!, $under: String) {\n    draft(id: $id) {\n      id\n      version(number: $number) {\n        id\n        provisions(under: $under) {\n          id\n          key\n          kind\n          number\n          label\n          heading\n          text\n          parentId\n          commentCount\n          stanceCounts {\n            ...StanceCountsFields\n          }\n        }\n      }\n    }\n  }\n": types.DraftTextDocument,
    "\n  query DraftDiff($from: ID!, $to: ID!) {\n    draftDiff(fromVersionId: $from, toVersionId: $to) {\n      change\n      kind\n      label\n      fromKey\n      toKey\n      textChanged\n      wordDiff {\n        op\n        text\n      }\n    }\n  }\n": types.DraftDiffDocument,
    "\n  query CompareDraft($id: ID!) {\n    draft(id: $id) {\n      id\n      title\n      currentVersion {\n        id\n        number\n      }\n      versions {\n        id\n        number\n        publishedAt\n      }\n    }\n  }\n": types.CompareDraftDocument,
    "\n  query CompareProvision($id: ID!, $number: Int!, $key: String!) {\n    draft(id: $id) {\n      id\n      version(number: $number) {\n        id\n        provision(key: $key) {\n          id\n          key\n          label\n          fullLabel\n          heading\n          text\n        }\n      }\n    }\n  }\n": types.CompareProvisionDocument,
    "\n  mutation FollowDraft($draftId: ID!) {\n    followDraft(draftId: $draftId) {\n      id\n    }\n  }\n": types.FollowDraftDocument,
    "\n  mutation UnfollowDraft($draftId: ID!) {\n    unfollowDraft(draftId: $draftId) {\n      id\n    }\n  }\n": types.UnfollowDraftDocument,
    "\n  fragment StanceCountsFields on StanceCounts {\n    support\n    oppose\n    amend\n    question\n    neutral\n  }\n": types.StanceCountsFieldsFragmentDoc,
    "\n  fragment CommentFields on Comment {\n    id\n    body\n    bodyHtml\n    stance\n    proposedText\n    status\n    createdAt\n    editedAt\n    versionNumber\n    depth\n    agreeCount\n    disagreeCount\n    replyCount\n    myReaction\n    moderationReason\n    viewerIsAuthor\n    viewerCanEdit\n    editableUntil\n    author {\n      ...PublicAuthorFields\n    }\n    response {\n      id\n      disposition\n      explanation\n      respondedAt\n    }\n  }\n": types.CommentFieldsFragmentDoc,
    "\n  fragment PublicAuthorFields on PublicAuthor {\n    displayName\n    kind\n    organizationName\n    province\n    verified\n  }\n": types.PublicAuthorFieldsFragmentDoc,
    "\n  fragment DraftCardFields on Draft {\n    id\n    title\n    docType\n    status\n    opensAt\n    closesAt\n    closedAt\n    commentCount\n    participantCount\n    reportPublishedAt\n    agency {\n      id\n      name\n    }\n    stanceCounts {\n      ...StanceCountsFields\n    }\n  }\n": types.DraftCardFieldsFragmentDoc,
    "\n  query SearchPage($input: CommentSearchInput!) {\n    searchComments(input: $input) {\n      totalCount\n      totalIsExact\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      facets {\n        field\n        values {\n          value\n          count\n        }\n      }\n      corrections {\n        typed\n        readAs\n        kind\n      }\n      hits {\n        highlights\n        matchedIn\n        comment {\n          ...CommentFields\n          draft {\n            id\n            title\n            currentVersion {\n              id\n              number\n            }\n          }\n          provision {\n            key\n            label\n            fullLabel\n          }\n        }\n      }\n    }\n  }\n": types.SearchPageDocument,
    "\n  query SearchChoices {\n    agencies {\n      id\n      name\n    }\n    drafts(first: 100, orderBy: NEWEST) {\n      edges {\n        node {\n          id\n          title\n        }\n      }\n    }\n  }\n": types.SearchChoicesDocument,
    "\n  query SearchDraft($id: ID!) {\n    draft(id: $id) {\n      id\n      title\n      currentVersion {\n        id\n        articles: provisions(kinds: [ARTICLE]) {\n          id\n          key\n          label\n          heading\n        }\n      }\n    }\n  }\n": types.SearchDraftDocument,
    "\n  query SearchTopic($id: ID!) {\n    topic(id: $id) {\n      id\n      label\n    }\n  }\n": types.SearchTopicDocument,
    "\n  mutation RefreshSession($refreshToken: String!) {\n    refreshSession(refreshToken: $refreshToken) {\n      accessToken\n      refreshToken\n      accessTokenExpiresAt\n    }\n  }\n": types.RefreshSessionDocument,
    "\n  query Viewer {\n    me {\n      id\n      displayName\n      emailVerified\n      roles\n      memberships {\n        role\n      }\n    }\n  }\n": types.ViewerDocument,
    "\n  query StatsPage($draftId: ID!) {\n    draft(id: $draftId) {\n      id\n      title\n      status\n      opensAt\n      closesAt\n      agency {\n        id\n        name\n      }\n    }\n    draftStatistics(draftId: $draftId) {\n      draftId\n      generatedAt\n      status\n      commentCount\n      participantCount\n      individualComments\n      organizationComments\n      individualParticipants\n      organizationParticipants\n      verifiedComments\n      answeredCount\n      generalComments\n      stanceCounts {\n        ...StanceCountsFields\n      }\n      dispositionCounts {\n        disposition\n        count\n      }\n      provinces {\n        province\n        count\n      }\n      timeline {\n        day\n        comments\n        participants\n        newParticipants\n      }\n      articles {\n        commentCount\n        participantCount\n        answeredCount\n        provision {\n          id\n          key\n          label\n          fullLabel\n          heading\n        }\n      }\n    }\n  }\n": types.StatsPageDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AuthPayloadFields on AuthPayload {\n    accessToken\n    refreshToken\n    accessTokenExpiresAt\n    user {\n      id\n      displayName\n    }\n  }\n"): typeof import('./graphql').AuthPayloadFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      ...AuthPayloadFields\n    }\n  }\n"): typeof import('./graphql').LoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      ...AuthPayloadFields\n    }\n  }\n"): typeof import('./graphql').RegisterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout($refreshToken: String!) {\n    logout(refreshToken: $refreshToken)\n  }\n"): typeof import('./graphql').LogoutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Provinces {\n    provinces\n  }\n"): typeof import('./graphql').ProvincesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccountPage {\n    provinces\n    me {\n      id\n      email\n      displayName\n      kind\n      organizationName\n      province\n      emailVerified\n      notifyOnAnswers\n      followedDrafts {\n        id\n        title\n        status\n        closesAt\n      }\n    }\n  }\n"): typeof import('./graphql').AccountPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').UpdateProfileDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($current: String!, $next: String!) {\n    changePassword(currentPassword: $current, newPassword: $next)\n  }\n"): typeof import('./graphql').ChangePasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestEmailVerification {\n    requestEmailVerification\n  }\n"): typeof import('./graphql').RequestEmailVerificationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VerifyEmail($token: String!) {\n    verifyEmail(token: $token) {\n      id\n    }\n  }\n"): typeof import('./graphql').VerifyEmailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n"): typeof import('./graphql').RequestPasswordResetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetPassword($token: String!, $password: String!) {\n    resetPassword(token: $token, newPassword: $password)\n  }\n"): typeof import('./graphql').ResetPasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyComments($after: String) {\n    myComments(first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...CommentFields\n          ...CommentPlaceFields\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').MyCommentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyData {\n    myData\n  }\n"): typeof import('./graphql').MyDataDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteMyAccount($password: String!) {\n    deleteMyAccount(password: $password)\n  }\n"): typeof import('./graphql').DeleteMyAccountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ThreadHead($draftId: ID!, $key: String!) {\n    draft(id: $draftId) {\n      id\n      title\n      docType\n      status\n      opensAt\n      closesAt\n      commentCount\n      agency {\n        id\n        name\n      }\n      currentVersion {\n        id\n        number\n        provision(key: $key) {\n          id\n          key\n          kind\n          label\n          heading\n          text\n          commentCount\n          stanceCounts {\n            ...StanceCountsFields\n          }\n          topics {\n            ...TopicSummaryFields\n          }\n          children {\n            id\n            key\n            label\n            heading\n            text\n            commentCount\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ThreadHeadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TopicSummaryFields on Topic {\n    id\n    label\n    phrases\n    size\n    commentCount\n    isOther\n    stanceCounts {\n      ...StanceCountsFields\n    }\n    representative {\n      id\n      body\n      author {\n        displayName\n      }\n    }\n  }\n"): typeof import('./graphql').TopicSummaryFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ThreadPageFields on CommentConnection {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        ...CommentFields\n        replies(first: 3) {\n          totalCount\n          edges {\n            node {\n              ...CommentFields\n            }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ThreadPageFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProvisionComments($id: ID!, $first: Int!, $after: String, $orderBy: CommentOrder) {\n    provision(id: $id) {\n      id\n      comments(first: $first, after: $after, orderBy: $orderBy) {\n        ...ThreadPageFields\n      }\n    }\n  }\n"): typeof import('./graphql').ProvisionCommentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DraftThread($id: ID!, $first: Int!, $after: String, $orderBy: CommentOrder) {\n    draft(id: $id) {\n      id\n      title\n      docType\n      status\n      opensAt\n      closesAt\n      commentCount\n      agency {\n        id\n        name\n      }\n      stanceCounts {\n        ...StanceCountsFields\n      }\n      topics {\n        ...TopicSummaryFields\n      }\n      comments(first: $first, after: $after, orderBy: $orderBy) {\n        ...ThreadPageFields\n      }\n    }\n  }\n"): typeof import('./graphql').DraftThreadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CommentPage($id: ID!, $after: String) {\n    comment(id: $id) {\n      ...CommentFields\n      draft {\n        id\n        title\n        status\n        closesAt\n      }\n      provision {\n        id\n        key\n        label\n        fullLabel\n        heading\n        text\n      }\n      parent {\n        ...CommentFields\n      }\n      replies(first: 10, after: $after) {\n        ...ThreadPageFields\n      }\n    }\n  }\n"): typeof import('./graphql').CommentPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CommentPlaceFields on Comment {\n    draft {\n      id\n      title\n    }\n    provision {\n      key\n      label\n      fullLabel\n    }\n  }\n"): typeof import('./graphql').CommentPlaceFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PostComment($input: PostCommentInput!) {\n    postComment(input: $input) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').PostCommentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EditComment($id: ID!, $input: EditCommentInput!) {\n    editComment(id: $id, input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').EditCommentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawComment($id: ID!) {\n    withdrawComment(id: $id) {\n      id\n    }\n  }\n"): typeof import('./graphql').WithdrawCommentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReactToComment($id: ID!, $reaction: ReactionKind!) {\n    reactToComment(commentId: $id, reaction: $reaction) {\n      id\n      myReaction\n      agreeCount\n      disagreeCount\n    }\n  }\n"): typeof import('./graphql').ReactToCommentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FlagComment($id: ID!, $reason: FlagReason!, $note: String) {\n    flagComment(commentId: $id, reason: $reason, note: $note)\n  }\n"): typeof import('./graphql').FlagCommentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchComments($input: CommentSearchInput!) {\n    searchComments(input: $input) {\n      totalCount\n      totalIsExact\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      hits {\n        highlights\n        comment {\n          ...CommentFields\n          ...CommentPlaceFields\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').SearchCommentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProvisionRef($draftId: ID!, $key: String!) {\n    draft(id: $draftId) {\n      id\n      currentVersion {\n        id\n        provision(key: $key) {\n          id\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ProvisionRefDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleViewer {\n    me {\n      id\n      roles\n      memberships {\n        role\n        agency {\n          id\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ConsoleViewerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleDrafts($agencyId: ID!) {\n    drafts(filter: { agencyId: $agencyId }, first: 50) {\n      edges {\n        node {\n          id\n          title\n          docType\n          status\n          opensAt\n          closesAt\n          closedAt\n          commentCount\n          heldCount\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ConsoleDraftsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnansweredCount($draftId: ID!) {\n    searchComments(input: { draftId: $draftId, answered: false, first: 1 }) {\n      totalCount\n    }\n  }\n"): typeof import('./graphql').UnansweredCountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TriageDraft($id: ID!) {\n    draft(id: $id) {\n      id\n      title\n      docType\n      status\n      opensAt\n      closesAt\n      closedAt\n      closeReason\n      commentCount\n      moderationMode\n      consultationWarnings\n      agency {\n        id\n        name\n      }\n      attachments {\n        id\n        title\n        filename\n        sizeBytes\n        url\n      }\n      currentVersion {\n        id\n        number\n        articles: provisions(kinds: [ARTICLE]) {\n          id\n          key\n          label\n          heading\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').TriageDraftDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TriageCounts($draftId: ID!) {\n    all: searchComments(input: { draftId: $draftId, first: 1, facets: [PROVISION] }) {\n      totalCount\n      facets {\n        field\n        values {\n          value\n          count\n        }\n      }\n    }\n    open: searchComments(input: { draftId: $draftId, answered: false, first: 1, facets: [PROVISION] }) {\n      totalCount\n      facets {\n        field\n        values {\n          value\n          count\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').TriageCountsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TriageComments($input: CommentSearchInput!) {\n    searchComments(input: $input) {\n      totalCount\n      totalIsExact\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      hits {\n        comment {\n          id\n          body\n          stance\n          proposedText\n          status\n          createdAt\n          versionNumber\n          campaign {\n            id\n            size\n          }\n          provision {\n            id\n            key\n            label\n            fullLabel\n          }\n          author {\n            ...PublicAuthorFields\n          }\n          response {\n            id\n            disposition\n            explanation\n            respondedAt\n            updatedAt\n            commentCount\n            revisions {\n              number\n              disposition\n              explanation\n              writtenAt\n            }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').TriageCommentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EditResponse($id: ID!, $input: EditResponseInput!) {\n    editResponse(id: $id, input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').EditResponseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TriageIds($input: CommentSearchInput!) {\n    searchComments(input: $input) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      hits {\n        comment {\n          id\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').TriageIdsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RespondToComments($commentId: ID!, $input: ResponseInput!) {\n    respondToComment(commentId: $commentId, input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').RespondToCommentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ScheduleConsultation($draftId: ID!, $opensAt: DateTime!, $closesAt: DateTime!) {\n    scheduleConsultation(draftId: $draftId, opensAt: $opensAt, closesAt: $closesAt) {\n      id\n    }\n  }\n"): typeof import('./graphql').ScheduleConsultationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseConsultation($draftId: ID!, $reason: String!) {\n    closeConsultation(draftId: $draftId, reason: $reason) {\n      id\n    }\n  }\n"): typeof import('./graphql').CloseConsultationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExtendConsultation($draftId: ID!, $closesAt: DateTime!, $reason: String!) {\n    extendConsultation(draftId: $draftId, closesAt: $closesAt, reason: $reason) {\n      id\n    }\n  }\n"): typeof import('./graphql').ExtendConsultationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ModerationQueue($after: String) {\n    moderationQueue(first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          body\n          proposedText\n          stance\n          status\n          createdAt\n          draft {\n            id\n            title\n          }\n          provision {\n            key\n            label\n            fullLabel\n          }\n          author {\n            ...PublicAuthorFields\n          }\n          moderation {\n            queuedAt\n            flagCount\n            flagReasons {\n              reason\n              count\n            }\n            flagNotes\n            screeningFindings {\n              kind\n              rule\n              detail\n              count\n            }\n            authorCommentCount\n            authorHiddenCount\n            decisions {\n              action\n              automatic\n              reason\n              decidedAt\n            }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ModerationQueueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ModerateComment($id: ID!, $action: ModerationActionKind!, $reason: String!) {\n    moderateComment(id: $id, action: $action, reason: $reason) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').ModerateCommentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReportEntryFields on ReportEntry {\n    commentId\n    text\n    senders\n    size\n    senderCount\n    stance\n    disposition\n    explanation\n    withdrawn\n  }\n"): typeof import('./graphql').ReportEntryFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportPage($draftId: ID!, $version: Int) {\n    draft(id: $draftId) {\n      id\n      title\n      docType\n      status\n      opensAt\n      closesAt\n      closedAt\n      reportPublishedAt\n      reportVersions {\n        version\n        publishedAt\n        note\n      }\n      agency {\n        id\n        name\n      }\n    }\n    feedbackReport(draftId: $draftId, version: $version) {\n      generatedAt\n      publishedAt\n      version\n      note\n      commentCount\n      distinctCount\n      participantCount\n      answeredCount\n      answeredShare\n      campaignComments\n      individualComments\n      organizationComments\n      verifiedComments\n      verifiedShare\n      stanceCounts {\n        ...StanceCountsFields\n      }\n      provinces {\n        province\n        count\n      }\n      timeline {\n        day\n        count\n      }\n      campaigns {\n        id\n      }\n      provisions {\n        commentCount\n        answeredCount\n        provision {\n          id\n          key\n          label\n          fullLabel\n          heading\n        }\n        topics {\n          label\n          size\n          commentCount\n          other\n          representativeText\n          stanceCounts {\n            ...StanceCountsFields\n          }\n        }\n        entries {\n          ...ReportEntryFields\n        }\n      }\n      general {\n        ...ReportEntryFields\n      }\n    }\n  }\n"): typeof import('./graphql').ReportPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishReport($draftId: ID!, $note: String) {\n    publishFeedbackReport(draftId: $draftId, note: $note) {\n      publishedAt\n      version\n    }\n  }\n"): typeof import('./graphql').PublishReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PreviewDraft($source: DraftSourceInput!) {\n    parseDraft(source: $source) {\n      title\n      docType\n      number\n      issuer\n      warnings\n      json\n    }\n  }\n"): typeof import('./graphql').PreviewDraftDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateDraft($input: CreateDraftInput!) {\n    createDraft(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').CreateDraftDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetModerationMode($draftId: ID!, $mode: ModerationMode!) {\n    setModerationMode(draftId: $draftId, mode: $mode) {\n      id\n    }\n  }\n"): typeof import('./graphql').SetModerationModeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddAttachment($draftId: ID!, $input: DraftAttachmentInput!) {\n    addDraftAttachment(draftId: $draftId, input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').AddAttachmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminPage($email: String, $search: Boolean!) {\n    agencies {\n      id\n      code\n      name\n      kind\n      members {\n        userId\n        displayName\n        email\n        role\n        since\n      }\n    }\n    users(email: $email, first: 20) @include(if: $search) {\n      totalCount\n      edges {\n        node {\n          id\n          email\n          displayName\n          roles\n          memberships {\n            role\n            agency {\n              id\n              code\n            }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').AdminPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateAgency($input: CreateAgencyInput!) {\n    createAgency(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').CreateAgencyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FindUserByEmail($email: String!) {\n    users(email: $email, first: 5) {\n      edges {\n        node {\n          id\n          email\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').FindUserByEmailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddAgencyMember($agencyId: ID!, $userId: ID!, $role: AgencyRole!) {\n    addAgencyMember(agencyId: $agencyId, userId: $userId, role: $role) {\n      id\n    }\n  }\n"): typeof import('./graphql').AddAgencyMemberDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveAgencyMember($agencyId: ID!, $userId: ID!, $role: AgencyRole!) {\n    removeAgencyMember(agencyId: $agencyId, userId: $userId, role: $role) {\n      id\n    }\n  }\n"): typeof import('./graphql').RemoveAgencyMemberDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GrantRole($userId: ID!, $role: GrantableRole!) {\n    grantRole(userId: $userId, role: $role) {\n      id\n    }\n  }\n"): typeof import('./graphql').GrantRoleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeRole($userId: ID!, $role: GrantableRole!) {\n    revokeRole(userId: $userId, role: $role) {\n      id\n    }\n  }\n"): typeof import('./graphql').RevokeRoleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DraftVersions($id: ID!) {\n    draft(id: $id) {\n      id\n      title\n      status\n      opensAt\n      closesAt\n      agency {\n        id\n        name\n      }\n      versions {\n        id\n        number\n        publishedAt\n        changeNote\n        warnings\n      }\n    }\n  }\n"): typeof import('./graphql').DraftVersionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddDraftVersion($draftId: ID!, $input: DraftVersionInput!) {\n    addDraftVersion(draftId: $draftId, input: $input) {\n      id\n      number\n    }\n  }\n"): typeof import('./graphql').AddDraftVersionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TriageTopics($draftId: ID!, $key: String!) {\n    draft(id: $draftId) {\n      id\n      currentVersion {\n        id\n        provision(key: $key) {\n          id\n          topics {\n            id\n            label\n            size\n            commentCount\n            isOther\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').TriageTopicsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TriageCount($input: CommentSearchInput!) {\n    searchComments(input: $input) {\n      totalCount\n      totalIsExact\n    }\n  }\n"): typeof import('./graphql').TriageCountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HomePage {\n    open: drafts(filter: { status: [OPEN] }, first: 20, orderBy: CLOSING_SOON) {\n      edges {\n        node {\n          ...DraftCardFields\n        }\n      }\n    }\n    closed: drafts(filter: { status: [CLOSED] }, first: 5, orderBy: RECENTLY_CLOSED) {\n      edges {\n        node {\n          ...DraftCardFields\n        }\n      }\n    }\n    hot: mostDiscussedProvisions(first: 5, hours: 24) {\n      recentCount\n      provision {\n        id\n        key\n        label\n        fullLabel\n        heading\n        commentCount\n      }\n      draft {\n        id\n        title\n      }\n    }\n  }\n"): typeof import('./graphql').HomePageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DraftsPage($filter: DraftFilter, $first: Int!, $after: String) {\n    agencies {\n      id\n      name\n    }\n    drafts(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...DraftCardFields\n          summary\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').DraftsPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DraftHeadFields on Draft {\n    id\n    title\n    docType\n    summary\n    status\n    opensAt\n    closesAt\n    closedAt\n    closeReason\n    consultationChanges {\n      kind\n      closesAt\n      reason\n      changedAt\n    }\n    commentCount\n    participantCount\n    reportPublishedAt\n    followedByMe\n    consultationWarnings\n    agency {\n      id\n      name\n      code\n    }\n    stanceCounts {\n      ...StanceCountsFields\n    }\n    versions {\n      id\n      number\n      publishedAt\n      changeNote\n    }\n    attachments {\n      id\n      title\n      filename\n      contentType\n      sizeBytes\n      url\n    }\n  }\n"): typeof import('./graphql').DraftHeadFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment VersionHeadFields on DraftVersion {\n    id\n    number\n    documentNumber\n    preamble\n    publishedAt\n    changeNote\n    structure: provisions(kinds: [PART, CHAPTER, SECTION, SUBSECTION, ARTICLE]) {\n      id\n      key\n      kind\n      number\n      label\n      heading\n      text\n      parentId\n      commentCount\n      stanceCounts {\n        ...StanceCountsFields\n      }\n    }\n  }\n"): typeof import('./graphql').VersionHeadFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DraftPage($id: ID!) {\n    draft(id: $id) {\n      ...DraftHeadFields\n      currentVersion {\n        ...VersionHeadFields\n      }\n    }\n  }\n"): typeof import('./graphql').DraftPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DraftVersionPage($id: ID!, $number: Int!) {\n    draft(id: $id) {\n      ...DraftHeadFields\n      currentVersion {\n        id\n        number\n      }\n      version(number: $number) {\n        ...VersionHeadFields\n      }\n    }\n  }\n"): typeof import('./graphql').DraftVersionPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DraftText($id: ID!, $number: Int!, $under: String) {\n    draft(id: $id) {\n      id\n      version(number: $number) {\n        id\n        provisions(under: $under) {\n          id\n          key\n          kind\n          number\n          label\n          heading\n          text\n          parentId\n          commentCount\n          stanceCounts {\n            ...StanceCountsFields\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').DraftTextDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DraftDiff($from: ID!, $to: ID!) {\n    draftDiff(fromVersionId: $from, toVersionId: $to) {\n      change\n      kind\n      label\n      fromKey\n      toKey\n      textChanged\n      wordDiff {\n        op\n        text\n      }\n    }\n  }\n"): typeof import('./graphql').DraftDiffDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CompareDraft($id: ID!) {\n    draft(id: $id) {\n      id\n      title\n      currentVersion {\n        id\n        number\n      }\n      versions {\n        id\n        number\n        publishedAt\n      }\n    }\n  }\n"): typeof import('./graphql').CompareDraftDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CompareProvision($id: ID!, $number: Int!, $key: String!) {\n    draft(id: $id) {\n      id\n      version(number: $number) {\n        id\n        provision(key: $key) {\n          id\n          key\n          label\n          fullLabel\n          heading\n          text\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').CompareProvisionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FollowDraft($draftId: ID!) {\n    followDraft(draftId: $draftId) {\n      id\n    }\n  }\n"): typeof import('./graphql').FollowDraftDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnfollowDraft($draftId: ID!) {\n    unfollowDraft(draftId: $draftId) {\n      id\n    }\n  }\n"): typeof import('./graphql').UnfollowDraftDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StanceCountsFields on StanceCounts {\n    support\n    oppose\n    amend\n    question\n    neutral\n  }\n"): typeof import('./graphql').StanceCountsFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CommentFields on Comment {\n    id\n    body\n    bodyHtml\n    stance\n    proposedText\n    status\n    createdAt\n    editedAt\n    versionNumber\n    depth\n    agreeCount\n    disagreeCount\n    replyCount\n    myReaction\n    moderationReason\n    viewerIsAuthor\n    viewerCanEdit\n    editableUntil\n    author {\n      ...PublicAuthorFields\n    }\n    response {\n      id\n      disposition\n      explanation\n      respondedAt\n    }\n  }\n"): typeof import('./graphql').CommentFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PublicAuthorFields on PublicAuthor {\n    displayName\n    kind\n    organizationName\n    province\n    verified\n  }\n"): typeof import('./graphql').PublicAuthorFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DraftCardFields on Draft {\n    id\n    title\n    docType\n    status\n    opensAt\n    closesAt\n    closedAt\n    commentCount\n    participantCount\n    reportPublishedAt\n    agency {\n      id\n      name\n    }\n    stanceCounts {\n      ...StanceCountsFields\n    }\n  }\n"): typeof import('./graphql').DraftCardFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchPage($input: CommentSearchInput!) {\n    searchComments(input: $input) {\n      totalCount\n      totalIsExact\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      facets {\n        field\n        values {\n          value\n          count\n        }\n      }\n      corrections {\n        typed\n        readAs\n        kind\n      }\n      hits {\n        highlights\n        matchedIn\n        comment {\n          ...CommentFields\n          draft {\n            id\n            title\n            currentVersion {\n              id\n              number\n            }\n          }\n          provision {\n            key\n            label\n            fullLabel\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').SearchPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchChoices {\n    agencies {\n      id\n      name\n    }\n    drafts(first: 100, orderBy: NEWEST) {\n      edges {\n        node {\n          id\n          title\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').SearchChoicesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchDraft($id: ID!) {\n    draft(id: $id) {\n      id\n      title\n      currentVersion {\n        id\n        articles: provisions(kinds: [ARTICLE]) {\n          id\n          key\n          label\n          heading\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').SearchDraftDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchTopic($id: ID!) {\n    topic(id: $id) {\n      id\n      label\n    }\n  }\n"): typeof import('./graphql').SearchTopicDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RefreshSession($refreshToken: String!) {\n    refreshSession(refreshToken: $refreshToken) {\n      accessToken\n      refreshToken\n      accessTokenExpiresAt\n    }\n  }\n"): typeof import('./graphql').RefreshSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Viewer {\n    me {\n      id\n      displayName\n      emailVerified\n      roles\n      memberships {\n        role\n      }\n    }\n  }\n"): typeof import('./graphql').ViewerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StatsPage($draftId: ID!) {\n    draft(id: $draftId) {\n      id\n      title\n      status\n      opensAt\n      closesAt\n      agency {\n        id\n        name\n      }\n    }\n    draftStatistics(draftId: $draftId) {\n      draftId\n      generatedAt\n      status\n      commentCount\n      participantCount\n      individualComments\n      organizationComments\n      individualParticipants\n      organizationParticipants\n      verifiedComments\n      answeredCount\n      generalComments\n      stanceCounts {\n        ...StanceCountsFields\n      }\n      dispositionCounts {\n        disposition\n        count\n      }\n      provinces {\n        province\n        count\n      }\n      timeline {\n        day\n        comments\n        participants\n        newParticipants\n      }\n      articles {\n        commentCount\n        participantCount\n        answeredCount\n        provision {\n          id\n          key\n          label\n          fullLabel\n          heading\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').StatsPageDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
