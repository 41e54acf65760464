import { codeKeys, type VendorRow } from '../schema.ts';

export const AWS_ROWS: readonly VendorRow[] = [
  // AWS WAF comes before CloudFront: on a CloudFront distribution its block page is CloudFront-branded, and
  // the refusal is the firewall's, not the CDN's.
  {
    id: 'aws-waf',
    name: 'AWS WAF',
    kind: 'waf',
    markers: [
      // CAPTCHA → 405 + x-amzn-waf-action: captcha; Challenge → 202 + x-amzn-waf-action: challenge.
      // https://docs.aws.amazon.com/waf/latest/developerguide/waf-captcha-and-challenge-actions.html
      {
        on: 'header',
        key: 'x-amzn-waf-action',
        value: /^captcha$/i,
        weight: 0.95,
        action: 'challenge',
        errorKey: 'aws-waf-captcha',
        own: true,
      },
      {
        on: 'header',
        key: 'x-amzn-waf-action',
        value: /^challenge$/i,
        weight: 0.95,
        action: 'challenge',
        errorKey: 'aws-waf-challenge',
        own: true,
      },
      // Token cookie: https://docs.aws.amazon.com/waf/latest/developerguide/waf-tokens.html
      { on: 'cookie', key: 'aws-waf-token', weight: 0.85 },
      // Managed-rule custom response header (wafw00f plugins/awswaf.py).
      { on: 'header', key: 'x-blocked-by-waf', weight: 0.9, action: 'block', own: true },
      // CloudFront's page for a WAF block: "Request blocked. We can't connect to the server…", Server: CloudFront.
      // https://repost.aws/knowledge-center/cloudfront-troubleshoot-403-errors
      {
        on: 'body',
        key: 'Request blocked.',
        weight: 0.7,
        action: 'block',
        errorKey: 'aws-waf-block',
        own: true,
        statuses: [403],
      },
      // Through Cognito or API Gateway the block is a bare JSON error with no WAF header
      // (https://github.com/ravenscar/franken-srp/issues/13).
      {
        on: 'body',
        key: 'Request not allowed due to WAF block',
        weight: 0.95,
        action: 'block',
        errorKey: 'aws-waf-block',
        own: true,
      },
      // The CAPTCHA page loads its script from <id>.captcha.awswaf.com (https://github.com/wappalyzer/wappalyzer/issues/6021).
      {
        on: 'body',
        key: '.captcha.awswaf.com/',
        weight: 0.9,
        action: 'challenge',
        errorKey: 'aws-waf-captcha',
        own: true,
      },
      // An Application Load Balancer answers 403 only when its web ACL blocked the request.
      // https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-troubleshooting.html
      {
        on: 'header',
        key: 'server',
        value: /^awselb/i,
        weight: 0.6,
        action: 'block',
        errorKey: 'aws-waf-block',
        own: true,
        statuses: [403],
      },
      // Context: the web ACL sits on a CloudFront distribution or an API Gateway stage.
      { on: 'header', key: 'x-amz-cf-id', weight: 0.3 },
      { on: 'header', key: 'x-amzn-requestid', weight: 0.3, statuses: [403] },
    ],
  },
  {
    id: 'aws-api-gateway',
    name: 'Amazon API Gateway',
    kind: 'platform',
    markers: [
      // A gateway response carries x-amzn-ErrorType (and x-amz-apigw-id on REST APIs); an edge-optimized API
      // answers through CloudFront, which only carries it (curl -v in https://github.com/Miserlou/Zappa/issues/1125;
      // https://docs.aws.amazon.com/apigateway/latest/developerguide/supported-gateway-response-types.html).
      // The bare exception's name only: Amazon's own services behind the same framework (Coral) write theirs with its
      // namespace after a colon, "ValidationException:http://internal.amazon.com/coral/…" (Audible's API through
      // CloudFront, https://github.com/openaudible/openaudible/issues/1179; MediaTailor's, its row), and are no gateway.
      { on: 'header', key: 'x-amzn-errortype', value: /^[\w.]+$/, weight: 0.9, own: true },
      { on: 'header', key: 'x-amz-apigw-id', weight: 0.9 },
      // Its answer when an API that wants a signed request (IAM authorisation) gets a bearer token or Basic login in
      // Authorization: 403 {"message":"Authorization header requires 'Credential' parameter. …"} (GoPlay's API in a
      // Kodi log, https://github.com/add-ons/plugin.video.viervijfzes/issues/116; https://github.com/aws/chalice/issues/828;
      // https://github.com/nordcloud/cognitocurl/issues/15; its message alone as a client printed it,
      // https://github.com/retrospect-addon/plugin.video.retrospect/issues/1691). The wrong credential for the API: auth. (The gateway also
      // sends it for a route it does not have when such a header is present, chalice#828; AWS's search service
      // words it the same, cognitocurl#28.)
      {
        on: 'body-match',
        key: 'signature required',
        value:
          /^\s*(?:\{\s*"message"\s*:\s*")?Authorization header requires '(?:Credential|Signature|SignedHeaders)' parameter\./,
        weight: 0.9,
        own: true,
        action: 'auth',
        errorKey: 'aws-api-gateway-unauthorized',
        statuses: [403],
      },
    ],
    codes: [
      {
        from: 'x-amzn-errortype',
        pattern: /^(\w+)/,
        keys: codeKeys(
          'aws-api-gateway-denied:ForbiddenException AccessDeniedException|' +
            // A request signed wrong or with an expired session (AWS "Common Errors", e.g.
            // https://docs.aws.amazon.com/emr/latest/APIReference/CommonErrors.html; SP-API's gateway in
            // https://github.com/amzn/selling-partner-api-docs/issues/2419).
            // MissingAuthenticationTokenException: no credentials where the API wants them (SP-API's sandbox without
            // its signature, https://github.com/amzn/selling-partner-api-models/issues/749); the gateway sends it too
            // for a route the API does not have (MISSING_AUTHENTICATION_TOKEN in the response types above).
            'aws-api-gateway-unauthorized:UnauthorizedException IncompleteSignatureException ' +
            'InvalidSignatureException ExpiredTokenException MissingAuthenticationTokenException|' +
            'aws-api-gateway-throttled:TooManyRequestsException LimitExceededException',
        ),
      },
    ],
  },
  {
    id: 'aws-ivs',
    name: 'Amazon Interactive Video Service (IVS)',
    kind: 'platform',
    markers: [
      // Its playback authorisation refusing a viewer's token, 403 [{"url":…,"error":"token contains an invalid number of
      // segments","error_code":"invalid_playback_auth_token","type":"error"}]
      // (https://github.com/aws-samples/amazon-ivs-player-web-sample/issues/65).
      {
        on: 'body-match',
        key: 'playback token',
        value: /"error_code"\s*:\s*"invalid_playback_auth_token"/,
        weight: 0.9,
        own: true,
        action: 'auth',
        errorKey: 'aws-ivs-token',
        statuses: [401, 403],
      },
    ],
  },
  {
    id: 'cloudfront',
    name: 'Amazon CloudFront',
    kind: 'cdn',
    markers: [
      // Response headers: https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/standard-logs-reference.html
      // (x-edge-request-id is sent as X-Amz-Cf-Id, the edge location as X-Amz-Cf-Pop).
      { on: 'header', key: 'x-amz-cf-id', weight: 0.95 },
      { on: 'header', key: 'x-amz-cf-pop', value: /^[A-Z]{3}\d+/, weight: 0.95 },
      { on: 'header', key: 'via', value: /\.cloudfront\.net \(CloudFront\)/i, weight: 0.9 },
      { on: 'header', key: 'server', value: /^CloudFront$/i, weight: 0.85 },
      // "Error from cloudfront" is set on every error, including the origin's own: presence only.
      // https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/http-502-bad-gateway.html
      { on: 'header', key: 'x-cache', value: /^Error from cloudfront$/i, weight: 0.6 },
      {
        on: 'header',
        key: 'x-cache',
        value: /^(?:Hit|Miss|RefreshHit) from cloudfront$/i,
        weight: 0.6,
        passThrough: true,
      },
      // Default distribution domain (https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/distribution-web-values-specify.html).
      { on: 'host', key: 'cloudfront.net', weight: 0.9 },
      // Signed URLs and signed cookies refused: MissingKey / InvalidKey, and a bare "Access denied" (lower-case d,
      // no RequestId, unlike S3's "Access Denied"). https://github.com/jasonsims/aws-cloudfront-sign/issues/74,
      // vrtdev/aws-cloudfront-authorizer@26231f3b9151dc31ba3b3b6fb772df2e68f170a8:doc/readme.md,
      // https://github.com/aws-samples/amazon-cloudfront-signed-urls-using-lambda-secretsmanager/issues/8
      ...['<Code>MissingKey</Code>', '<Code>InvalidKey</Code>'].map(
        (key) =>
          ({
            on: 'body',
            key,
            weight: 0.95,
            action: 'auth',
            errorKey: 'cloudfront-signed',
            own: true,
          }) as const,
      ),
      // MissingKey's message, which clients print without its XML ("Missing Key-Pair-Id query parameter or cookie
      // value": https://github.com/jasonsims/aws-cloudfront-sign/issues/35, a signed cookie not sent to the site's
      // host; "…query parameter" alone in https://github.com/tpyo/amazon-s3-php-class/issues/9).
      {
        on: 'body',
        key: 'Missing Key-Pair-Id query parameter',
        weight: 0.95,
        action: 'auth',
        errorKey: 'cloudfront-signed',
        // Its refusal is a 403; the sentence on another status is a page quoting it (review).
        statuses: [403],
        own: true,
      },
      {
        on: 'body-match',
        key: 'Access denied',
        value: /<Message>Access denied<\/Message>\s*<\/Error>/,
        weight: 0.6,
        action: 'auth',
        errorKey: 'cloudfront-signed',
        own: true,
      },
      // Signed URL (Key-Pair-Id with Expires or Policy, and Signature) and signed cookies:
      // https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/private-content-signed-urls.html and
      // …/private-content-signed-cookies.html. The request cookies are the documented mechanism here.
      {
        on: 'param',
        key: 'key-pair-id',
        weight: 0.85,
        action: 'auth',
        errorKey: 'cloudfront-signed',
        statuses: [403],
      },
      ...['CloudFront-Key-Pair-Id', 'CloudFront-Signature', 'CloudFront-Policy'].map(
        (key) =>
          ({
            on: 'cookie',
            key,
            sent: true,
            weight: 0.85,
            action: 'auth',
            errorKey: 'cloudfront-signed',
            statuses: [403],
          }) as const,
      ),
      // CloudFront's generated error page (StackOverflow capture of a 502 and the re:Post 403 guide).
      { on: 'body', key: 'Generated by cloudfront (CloudFront)', weight: 0.95, own: true },
      { on: 'body', key: 'The request could not be satisfied', weight: 0.7, own: true },
      // The 502 page's sentence, also pasted alone as the page's text (https://github.com/stefansundin/privatkopiera/issues/8;
      // https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/http-502-bad-gateway.html).
      {
        on: 'body',
        key: 'CloudFront attempted to establish a connection with the origin',
        weight: 0.9,
        own: true,
      },
      // Geo restriction: https://repost.aws/knowledge-center/cloudfront-troubleshoot-403-errors
      {
        on: 'body',
        key: 'configured to block access from your country',
        weight: 0.95,
        action: 'geo',
        errorKey: 'cloudfront-geo',
        own: true,
        statuses: [403],
      },
    ],
    statusRules: [
      // https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/troubleshooting-response-errors.html
      {
        statuses: [502, 503, 504],
        action: 'origin-error',
        when: 'own-page',
        codeFromStatus: true,
      },
    ],
  },
  {
    id: 'aws-elb',
    name: 'AWS Elastic Load Balancing',
    kind: 'platform',
    markers: [
      // The load balancer's own answers say Server: awselb/2.0 (its 502/503 pages, its 403s; the targets' replies
      // keep their own Server header): curl -I in awslabs/scale-out-computing-on-aws's troubleshooting docs and in
      // many pasted `curl -i` of an ALB with no healthy target.
      { on: 'header', key: 'server', value: /^awselb\//i, weight: 0.95, own: true },
      // A Classic Load Balancer with no capacity left says so in the status line
      // ("503 Service Unavailable: Back-end server is at capacity", https://github.com/wireapp/wire-webapp/issues/749).
      { on: 'reason', key: 'Back-end server is at capacity', weight: 0.9, own: true },
      { on: 'host', key: 'elb.amazonaws.com', weight: 0.7 },
    ],
    statusRules: [
      // https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-troubleshooting.html
      { statuses: [502, 503, 504], action: 'origin-error', when: 'own-page', errorKey: 'aws-elb-backend' },
    ],
  },
];
