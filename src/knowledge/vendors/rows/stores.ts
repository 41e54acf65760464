import { codeKeys, type VendorRow } from '../schema.ts';

// https://docs.aws.amazon.com/AmazonS3/latest/API/ErrorResponses.html#ErrorCodeList, by meaning.
const S3_CODES = codeKeys(
  'aws-s3-denied:AccessDenied|aws-s3-credentials:InvalidAccessKeyId|' +
    'aws-s3-signed:SignatureDoesNotMatch ExpiredToken InvalidToken|aws-s3-clock:RequestTimeTooSkewed|' +
    'aws-s3-missing:NoSuchKey NoSuchBucket|aws-s3-disabled:AllAccessDisabled AccountProblem|aws-s3-slowdown:SlowDown',
);

// https://learn.microsoft.com/en-us/rest/api/storageservices/common-rest-api-error-codes, by meaning.
const AZURE_CODES = codeKeys(
  'azure-blob-signed:AuthenticationFailed AuthorizationFailure AuthorizationPermissionMismatch|' +
    'azure-blob-missing:ResourceNotFound BlobNotFound ContainerNotFound|azure-blob-disabled:AccountIsDisabled',
);

/**
 * Object stores answering for themselves (signed links, bucket policies), directly or behind a CDN that only
 * carries their XML error. Their own error code says what went wrong; a refused signature or token is the
 * service's rule (app), an unknown access key the credential (auth), a missing object not-found.
 */
export const STORE_ROWS: readonly VendorRow[] = [
  // Stores that speak S3's API answer with S3's error codes: each is a product of the aws-s3 row for its codes
  // and signed-link parameters, and counts only when one of its own marks is seen.
  {
    id: 'storj',
    name: 'Storj',
    kind: 'store',
    parent: 'aws-s3',
    markers: [
      // Its S3 gateway runs a fork of MinIO that names itself: `Server: Storj` (storj/minio@af7b2f48133edb3310b82af0b6a62b2f22cc8888:
      // cmd/api-headers.go), on gateway.storjshare.io (https://github.com/minio/minio-go/issues/294;
      // https://github.com/sa7mon/S3Scanner/issues/148). Its errors keep MinIO's UUID HostId: its row comes first, so its own name
      // outranks that mark when both are seen.
      { on: 'header', key: 'server', value: /^Storj$/, weight: 0.97, own: true },
      { on: 'host', key: 'storjshare.io', weight: 0.9 },
    ],
  },
  {
    id: 'minio',
    name: 'MinIO',
    kind: 'store',
    parent: 'aws-s3',
    markers: [
      // Server: MinIO on every S3 answer, "MinIO Console" on its console
      // (minio/minio@7aac2a2c5b7c882e68c1ce017d8256be2feea27f:cmd/api-headers.go, cmd/build-constants.go;
      // minio/console@5553e7e34d7a6fd631179e4dc736e3edc368686b:api/configure_console.go), seen on a refusal in
      // https://github.com/minio/minio/issues/12940.
      // Older releases name their build after a slash ("Server: MinIO/DEVELOPMENT.2020-08-22T04-56-33Z" on a 403 in
      // `mc admin trace`, https://github.com/minio/charts/issues/12).
      { on: 'header', key: 'server', value: /^MinIO(?:\/|(?: Console)?$)/, weight: 0.95, own: true },
      // An S3 request sent to the console's port, before and after minio/console 1b641b42 (restapi/ and api/
      // configure_console.go at 85aabebbb42de44afb7e1234f45dad1eb296e963 and the commit above); seen through an
      // Envoy ingress in https://github.com/pivotal-sadubois/tanzu-demo-hub/issues/13.
      { on: 'body', key: 'S3 API Request made to Console port', weight: 0.95, own: true },
      { on: 'body', key: 'S3 API Requests must be made to API port', weight: 0.95, own: true },
      // Its own error codes, XMinio… (cmd/api-errors.go at the commit above).
      { on: 'body-match', key: 'XMinio code', value: /<Code>XMinio\w+<\/Code>/, weight: 0.9, own: true },
      // Its XML error's HostId is the deployment's id, a UUID (`HostID: globalDeploymentID` in cmd/api-response.go,
      // as forked in storj/minio@af7b2f48133edb3310b82af0b6a62b2f22cc8888; "<RequestId>17323BC3DBFE0887</RequestId>
      // <HostId>5757084b-ef2b-4e71-928b-e0f025e2fb91</HostId>" from a MinIO on 127.0.0.1:9000,
      // https://github.com/minio/minio-js/issues/1087, and beside Server: MinIO in https://github.com/minio/minio/issues/12940
      // and https://github.com/minio/charts/issues/12). Amazon's HostId is base64, Ceph's names its zone, Huawei's is
      // empty: a UUID there is MinIO's code, or a fork of it that names itself (Storj, below).
      {
        on: 'body-match',
        key: 'HostId deployment id',
        value:
          /<\/RequestId>\s*<HostId>[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}<\/HostId>/,
        weight: 0.9,
        own: true,
      },
    ],
  },
  {
    id: 'digitalocean-spaces',
    name: 'DigitalOcean Spaces',
    kind: 'store',
    parent: 'aws-s3',
    markers: [
      // <bucket>.<region>.digitaloceanspaces.com and its CDN, <bucket>.<region>.cdn.digitaloceanspaces.com
      // (https://docs.digitalocean.com/reference/dots/reference/cdn-endpoints/cdn-create-endpoint/).
      { on: 'host', key: 'digitaloceanspaces.com', weight: 0.9 },
      // Its HostId names the zone and region ("24e9b-nyc3a-nyc", "2e1d3b4-fra1b-fra1-zg02", "2738c28d-nyc3c-nyc3-zg03":
      // https://github.com/ShareX/ShareX/issues/2803, HBLL-Collection-Development/omeka-s-any-cloud#24, knadh/listmonk#715).
      // The tx… request id alone is Ceph RadosGW's, which other stores run too.
      {
        on: 'body-match',
        key: 'HostId zone',
        value: /<HostId>[0-9a-f]+-(?:nyc3|fra1|ams3)[a-z]-(?:nyc|fra|ams)\d?(?:-zg\d\d)?<\/HostId>/,
        weight: 0.85,
        own: true,
      },
    ],
  },
  {
    id: 'huawei-obs',
    name: 'Huawei Cloud OBS',
    kind: 'store',
    parent: 'aws-s3',
    markers: [
      // Server: OBS with the x-reserved header naming Amazon's trademarks, on <bucket>.obs.<region>.myhuaweicloud.com
      // (curl -v in https://github.com/huaweicloud/huaweicloud-obs-obsfs/issues/2).
      { on: 'header', key: 'server', value: /^OBS$/, weight: 0.9, own: true },
      { on: 'header', key: 'x-reserved', value: /amazon web services are trademarks/i, weight: 0.9 },
      // Its XML error's RequestId, 32 hex digits, before the HostId, "<RequestId>001B21A61C6C0000013402C4616D5285</RequestId>
      // <HostId>…" (https://support.huaweicloud.com/intl/en-us/api-obs/obs_04_0115.html); Amazon's is 16 characters.
      {
        on: 'body-match',
        key: 'RequestId',
        value: /<RequestId>[0-9A-F]{32}<\/RequestId>\s*<HostId>/,
        weight: 0.85,
        own: true,
      },
      {
        on: 'url',
        key: 'obs endpoint',
        value: /^https?:\/\/(?:[^/?#]+\.)?obs\.[a-z0-9-]+\.myhuaweicloud\.com[:/?]/i,
        weight: 0.85,
      },
    ],
  },
  {
    id: 'wasabi',
    name: 'Wasabi',
    kind: 'store',
    parent: 'aws-s3',
    markers: [
      // Server: WasabiS3/<version> (https://github.com/s3fs-fuse/s3fs-fuse/issues/1539), buckets on
      // s3.<region>.wasabisys.com (https://github.com/mihakralj/obsidian-cloudsync/issues/3), and its refusal of
      // public reads on some accounts (https://github.com/HBLL-Collection-Development/omeka-s-any-cloud/issues/50).
      { on: 'header', key: 'server', value: /^WasabiS3\//, weight: 0.95, own: true },
      { on: 'host', key: 'wasabisys.com', weight: 0.9 },
      { on: 'body', key: 'Public use of objects is not allowed by this account', weight: 0.95, own: true },
    ],
  },
  {
    id: 'cloudflare-r2',
    name: 'Cloudflare R2',
    kind: 'store',
    parent: 'aws-s3',
    markers: [
      // <account>.r2.cloudflarestorage.com (S3 API) and pub-<id>.r2.dev (public buckets)
      // (https://github.com/trieb-work/strapi-provider-cloudflare-r2/issues/20); S3's XML errors
      // (https://github.com/lsky-org/lsky-pro/issues/600).
      // Its S3 API host answers with Cloudflare's Server and Ray headers (https://github.com/apache/opendal/issues/1689):
      // on that host the store answered, not Cloudflare's edge.
      { on: 'host', key: 'r2.cloudflarestorage.com', weight: 0.9, own: true },
      { on: 'host', key: 'r2.dev', weight: 0.85 },
      // Its refusal of the older signing scheme, which Amazon words otherwise ("The authorization mechanism you have
      // provided is not supported"): "<Code>Unauthorized</Code><Message>SigV2 authorization is not supported. Please
      // use SigV4 instead.</Message>" (https://github.com/vastsa/FileCodeBox/issues/95, /issues/148;
      // https://github.com/akeeba/plg_filesystem_s3/issues/14, https://github.com/sansan0/TrendRadar/issues/664).
      { on: 'body', key: 'SigV2 authorization is not supported', weight: 0.9, own: true },
    ],
  },
  {
    id: 'ovhcloud',
    name: 'OVHcloud Object Storage',
    kind: 'store',
    markers: [
      // Swift object storage on storage.<region>.cloud.ovh.net; a Cloud Archive object still sealed answers 429
      // (ovh/docs@031d3f0e35bb479b6700cef76ee117fd75bbdd65:pages/cloud/storage/object_storage/pca_unlock/guide.fr-fr.md).
      {
        on: 'url',
        key: 'storage endpoint',
        value: /^https?:\/\/storage\.[a-z0-9-]+\.cloud\.ovh\.net\//i,
        weight: 0.85,
      },
    ],
  },
  {
    id: 'backblaze-b2',
    name: 'Backblaze B2',
    kind: 'store',
    markers: [
      // Download, API and S3 hosts f00N/apiNNN/s3.<region>.backblazeb2.com and x-bz-* headers
      // (Backblaze/b2-sdk-python@bace8e3e33018b046743a9ae570105a025722071:b2sdk/_internal/account_info/abstract.py,
      // file_version.py).
      { on: 'host', key: 'backblazeb2.com', weight: 0.9 },
      { on: 'header-prefix', key: 'x-bz-', weight: 0.85 },
      // Its JSON error {"code","message","status"} (https://backblaze.com/docs/cloud-storage-native-api-error-handling-and-status-codes);
      // the codes its SDK maps (b2sdk/_internal/exception.py at the commit above) and the download cap a
      // viewer meets on a shared file (https://github.com/alangrainger/share-note/issues/63).
      {
        on: 'body-match',
        key: 'b2 error code',
        value:
          /"code"\s*:\s*"(?:download_cap_exceeded|transaction_cap_exceeded|storage_cap_exceeded|bad_auth_token|expired_auth_token)"/,
        weight: 0.9,
        own: true,
      },
    ],
    codes: [
      {
        from: 'body',
        pattern: /"code"\s*:\s*"([a-z_]+)"/,
        keys: codeKeys(
          'backblaze-b2-cap:download_cap_exceeded transaction_cap_exceeded storage_cap_exceeded|' +
            'backblaze-b2-denied:access_denied|backblaze-b2-signed:expired_auth_token bad_auth_token',
        ),
      },
    ],
  },
  {
    id: 'aws-s3',
    name: 'Amazon S3',
    kind: 'store',
    markers: [
      // Server: AmazonS3 with x-amz-request-id / x-amz-id-2 (curl -I in https://github.com/red-4/curious-moon/issues/36;
      // https://docs.aws.amazon.com/AmazonS3/latest/API/RESTCommonResponseHeaders.html).
      { on: 'header', key: 'server', value: /^AmazonS3$/i, weight: 0.95, own: true },
      // Not when it is a transaction id, tx…: OpenStack Swift's S3 layer copies its own trans id into both
      // x-amz-id-2 and x-amz-request-id (openstack/swift@504bcf4cd4c1b72e76fbfc02a22a5258ce52d298:
      // swift/common/middleware/s3api/s3api.py), as stores built on it do (Scaleway: "X-Amz-Id-2:
      // txgdffa5e26bb4e4de9b663-0067aa0628" in scaleway/terraform-provider-scaleway@0bf2f5cbcf81c892d657a7518f8cc6239c52a9cb:
      // internal/services/object/testdata/data-source-object-bucket-project-id-forbidden.cassette.yaml); Amazon's is
      // a base64 token (https://docs.aws.amazon.com/AmazonS3/latest/API/RESTCommonResponseHeaders.html).
      { on: 'header', key: 'x-amz-id-2', value: /^(?!tx[0-9a-z]{21}-[0-9a-f]{8,10}(?:-|$))/, weight: 0.8 },
      // S3's error surfaced as headers when CloudFront fetched it (https://github.com/Pirate-Weather/pirateweather/issues/58).
      { on: 'header', key: 'x-amz-error-code', weight: 0.9, own: true },
      // The XML error ends with <RequestId> and <HostId> (https://docs.aws.amazon.com/AmazonS3/latest/API/ErrorResponses.html;
      // https://github.com/kr/s3/issues/22, https://github.com/aws/aws-sdk-js/issues/3493). Cloud Storage has no HostId.
      // Not the stores that copy the shape with their own ids: Ceph's RADOS Gateway, whose RequestId is its transaction
      // id "tx" + 21 hex digits + "-" + the time (ceph/ceph's RGW unique_trans_id, "tx%021llx-%010llx"; OpenStack Swift's
      // are alike), and Huawei OBS, 32 hex digits (its row).
      {
        on: 'body-match',
        key: 'HostId',
        value: /<RequestId>(?!tx[0-9a-f]{21}-|[0-9A-F]{32}<)[^<]{0,200}<\/RequestId>\s*<HostId>/,
        weight: 0.85,
        own: true,
      },
      // Its AccessDenied as its error list words it, "Access Denied" with no full stop (MinIO writes "Access Denied.")
      // (https://docs.aws.amazon.com/AmazonS3/latest/API/ErrorResponses.html#ErrorCodeList), as pasted without its
      // <RequestId> and <HostId> (which the marker above reads when they are there; not counted twice).
      {
        on: 'body-match',
        key: 'AccessDenied',
        value: /<Code>AccessDenied<\/Code>\s*<Message>Access Denied<\/Message>\s*<\/Error>/,
        weight: 0.7,
        own: true,
      },
      // Its SignatureDoesNotMatch error spells out what it signed, <AWSAccessKeyId> then <StringToSign>
      // (https://github.com/aws/aws-sdk-php/issues/1344, https://github.com/zendframework/ZendService_Amazon/issues/56).
      {
        on: 'body-match',
        key: 'StringToSign',
        value: /<AWSAccessKeyId>[^<]{0,128}<\/AWSAccessKeyId>\s*<StringToSign>/,
        weight: 0.85,
        own: true,
      },
      // A bucket served as a website answers with an HTML error document (AWS "Configuring a custom error
      // document": https://docs.aws.amazon.com/AmazonS3/latest/userguide/CustomErrorDocSupport.html) listing
      // "Code: … Message: … RequestId: … HostId: …" as list items; as crawled from such a site
      // (https://www.arduino.cc/reference/en/libraries/b100aa/: "- RequestId: 3DAHQ3Q501RB8Q8P\n- HostId: …") and
      // as a person copied it (https://github.com/nodesource/distributions/issues/1946).
      {
        on: 'body-match',
        key: 'HostId (website)',
        value: /\bRequestId: [A-Z0-9]{16}\W{1,12}HostId: /,
        weight: 0.85,
        own: true,
      },
      // Bucket hosts: <bucket>.s3.amazonaws.com, s3.<region>.amazonaws.com (S3 "Virtual hosting of buckets").
      {
        on: 'url',
        key: 's3 host',
        value: /^https?:\/\/(?:[^/?#]*\.)?s3[.-](?:[a-z0-9-]+\.)?amazonaws\.com[:/?]/i,
        weight: 0.85,
      },
      // Presigned URL parameters (SigV4 X-Amz-Signature; SigV2 AWSAccessKeyId + Signature + Expires):
      // https://docs.aws.amazon.com/AmazonS3/latest/API/sigv4-query-string-auth.html
      {
        on: 'param',
        key: 'x-amz-signature',
        weight: 0.7,
        action: 'auth',
        errorKey: 'aws-s3-signed',
        statuses: [400, 403],
      },
    ],
    codes: [
      // An expired presigned URL: <Code>AccessDenied</Code><Message>Request has expired</Message>
      // (https://github.com/aws/aws-sdk-js/issues/3493).
      {
        from: 'body',
        pattern: /<Code>(AccessDenied)<\/Code>\s*<Message>Request has expired/,
        key: 'aws-s3-signed',
      },
      { from: 'x-amz-error-code', pattern: /^(\w+)$/, keys: S3_CODES },
      { from: 'body', pattern: /<Code>(\w+)<\/Code>/, keys: S3_CODES },
    ],
  },
  {
    id: 'google-cloud-storage',
    name: 'Google Cloud Storage',
    kind: 'store',
    markers: [
      // XML API host and error details (https://cloud.google.com/storage/docs/xml-api/reference-status;
      // https://github.com/openai/glow/issues/60, https://github.com/discord/discord-example-app/issues/60).
      { on: 'host', key: 'storage.googleapis.com', weight: 0.9 },
      // Its address for signed-in browser downloads, storage.cloud.google.com, which redirects to Google's login
      // (a player's preflight refused there, https://github.com/bvibber/ogv.js/issues/547).
      { on: 'host', key: 'storage.cloud.google.com', weight: 0.9 },
      // Its JSON API, storage/v1 on Google's API host (https://cloud.google.com/storage/docs/json_api; a bucket
      // rate limit recorded at www.googleapis.com/storage/v1/b/ in
      // fsspec/gcsfs@01c4bf795e759ef1f7707f1e522aff15d5344b33:gcsfs/tests/recordings/test_map_errors.yaml).
      {
        on: 'url',
        key: 'JSON API',
        value: /^https?:\/\/(?:www\.|storage\.)?googleapis\.com\/(?:upload\/)?storage\/v1\//i,
        weight: 0.9,
      },
      { on: 'body', key: 'does not have storage.objects.', weight: 0.9, own: true },
      { on: 'body', key: 'Anonymous caller does not have', weight: 0.85, own: true },
      // Its XML errors add a <Details> after the <Message>, as in the same issues ("<Message>Access denied.</Message>
      // <Details>Anonymous caller does not have …</Details>"); S3's and its copies' end with RequestId and HostId.
      { on: 'body-match', key: 'Details', value: /<\/Message>\s*<Details>/, weight: 0.8, own: true },
      // Its SignatureDoesNotMatch message names Google's key where S3's says "your key" ("…Check your Google secret
      // key and signing method.", https://github.com/googleapis/nodejs-storage/issues/244).
      {
        on: 'body',
        key: 'Check your Google secret key',
        weight: 0.9,
        own: true,
        action: 'auth',
        errorKey: 'google-cloud-storage-signed',
      },
      // Signed URL V4 (X-Goog-Signature) and V2 (GoogleAccessId + Signature):
      // https://cloud.google.com/storage/docs/access-control/signed-urls
      {
        on: 'param',
        key: 'x-goog-signature',
        weight: 0.7,
        action: 'auth',
        errorKey: 'google-cloud-storage-signed',
      },
      {
        on: 'param',
        key: 'googleaccessid',
        weight: 0.7,
        action: 'auth',
        errorKey: 'google-cloud-storage-signed',
      },
    ],
    codes: [
      // Expired signed URL: HTTP 400 <Code>ExpiredToken</Code> (https://github.com/fog/fog-google/issues/264).
      {
        from: 'body',
        pattern: /<Code>(\w+)<\/Code>/,
        keys: codeKeys(
          'google-cloud-storage-denied:AccessDenied|google-cloud-storage-signed:ExpiredToken SignatureDoesNotMatch|' +
            'google-cloud-storage-missing:NoSuchKey NoSuchBucket',
        ),
      },
    ],
  },
  {
    id: 'azure-blob',
    name: 'Azure Blob Storage',
    kind: 'store',
    markers: [
      // Server and request id headers of Blob Storage (https://learn.microsoft.com/en-us/rest/api/storageservices/get-blob).
      { on: 'header', key: 'server', value: /^Windows-Azure-Blob\//i, weight: 0.95, own: true },
      { on: 'header', key: 'x-ms-error-code', weight: 0.85, own: true },
      { on: 'header', key: 'x-ms-request-id', weight: 0.6 },
      { on: 'host', key: 'blob.core.windows.net', weight: 0.9 },
      // The error message carries "RequestId:<guid>" then "Time:" (https://github.com/floci-io/floci-az/issues/89,
      // https://github.com/microsoft/AzureStorageExplorer/issues/3219).
      {
        on: 'body-match',
        key: 'RequestId',
        value: /RequestId:[0-9a-f-]{36}\s+Time:/,
        weight: 0.85,
        own: true,
      },
      { on: 'body', key: 'Server failed to authenticate the request', weight: 0.7, own: true },
      // The same sentence as the status line's reason, and the detail element of its authentication errors, where a
      // report kept only the XML's tail (https://github.com/elastic/elasticsearch/issues/107617).
      { on: 'reason', key: 'Server failed to authenticate the request', weight: 0.85, own: true },
      // Its XML error with one of its own authorisation codes, even with the rest of the body cut (a Bunny-fronted
      // blob's "<Error> <Code>AuthenticationFailed</Code> … </Error>", https://github.com/tolgee/tolgee-platform/issues/3668;
      // the codes as its row reads them, below).
      {
        on: 'body-match',
        key: 'authorisation code',
        value:
          /^\s*(?:<\?xml[^>]{0,100}>\s*)?<Error>\s*<Code>(?:AuthenticationFailed|AuthorizationFailure|AuthorizationPermissionMismatch)<\/Code>/,
        weight: 0.85,
        own: true,
      },
      { on: 'body', key: '<AuthenticationErrorDetail>', weight: 0.85, own: true },

      // A shared access signature out of its time window (same sources): the link's rule, or the device clock.
      {
        on: 'body',
        key: 'Signature not valid in the specified time frame',
        weight: 0.9,
        action: 'auth',
        errorKey: 'azure-blob-signed',
        own: true,
      },
    ],
    codes: [
      // AuthenticationFailed is a signed link's refusal, except when its detail says the Shared Key signature (the
      // account key in the Authorization header) did not match: then the credential is wrong
      // (https://github.com/vdesabou/kafka-docker-playground/issues/8714). Read first: the first reader wins.
      {
        from: 'body',
        // Anchored, bounded runs between the elements: one starting point, linear (the ReDoS check holds it).
        pattern:
          /^(?:<\?xml[^>]{0,200}>)?\s{0,20}<Error>\s{0,20}<Code>(AuthenticationFailed)<\/Code>\s{0,20}<Message>[^<]{0,4000}<\/Message>\s{0,20}<AuthenticationErrorDetail>The MAC signature found/,
        key: 'azure-blob-credentials',
      },
      { from: 'x-ms-error-code', pattern: /^(\w+)$/, keys: AZURE_CODES },
      { from: 'body', pattern: /<Code>(\w+)<\/Code>/, keys: AZURE_CODES },
    ],
  },
  {
    id: 'aliyun-oss',
    name: 'Alibaba Cloud OSS',
    kind: 'store',
    // It answers in S3's XML, with S3's codes and messages ("AccessDenied", "Request has expired", the issue below).
    parent: 'aws-s3',
    markers: [
      // "server: AliyunOSS" and x-oss-request-id on its XML <Error> (https://github.com/coderhaoxin/aliyun-oss/issues/25).
      { on: 'header', key: 'server', value: /^AliyunOSS$/i, weight: 0.95, own: true },
      { on: 'header', key: 'x-oss-request-id', weight: 0.9 },
      // Its endpoints, oss-<region>.aliyuncs.com (the same error names "<Endpoint>oss-cn-beijing.aliyuncs.com");
      // other Alibaba Cloud APIs share aliyuncs.com, so only the oss- hosts count.
      {
        on: 'url',
        key: 'oss endpoint',
        value: /^https?:\/\/(?:[^/?#]+\.)?oss-[a-z0-9-]+\.aliyuncs\.com[:/?]/i,
        weight: 0.6,
      },
      // Its XML <Error> names the bucket's endpoint as the HostId, where S3 puts an opaque id
      // ("<HostId>ws-img-test.oss-cn-hangzhou.aliyuncs.com</HostId>", https://github.com/johnlui/AliyunOSS/issues/20).
      {
        // Aliyun Drive's downloads come from its own data hosts, <HostId>bj29.cn-beijing.data.alicloudccp.com</HostId> in the
        // same OSS error (https://github.com/wxy1343/aliyunpan/issues/76).
        on: 'body-match',
        key: 'OSS HostId',
        value: /<HostId>[\w.-]{1,120}\.(?:aliyuncs|alicloudccp)\.com<\/HostId>/,
        weight: 0.9,
        own: true,
      },
      // Its newer errors end with its own error code and a link to its troubleshooting page, "<EC>0002-00000504</EC>
      // <RecommendDoc>https://api.aliyun.com/troubleshoot?q=0002-00000504</RecommendDoc>", whatever the HostId (a custom
      // domain's, https://github.com/huhx/flutter_oss_aliyun/issues/63).
      {
        on: 'body-match',
        key: 'OSS troubleshooting link',
        value: /<EC>[\d-]{4,20}<\/EC>\s*<RecommendDoc>https:\/\/api\.aliyun\.com\/troubleshoot\b/,
        weight: 0.9,
        own: true,
      },
    ],
  },
  {
    id: 'tencent-cos',
    name: 'Tencent Cloud COS',
    kind: 'store',
    markers: [
      // Buckets on <bucket>-<appid>.cos.<region>.myqcloud.com; its XML <Error> ends with <RequestId> and
      // <TraceId> (https://github.com/tencentyun/cos-wx-sdk-v5/issues/30).
      {
        on: 'url',
        key: 'cos-bucket-host',
        value: /^https?:\/\/[^/?#]+\.cos\.[a-z0-9-]+\.myqcloud\.com\//,
        weight: 0.9,
      },
      { on: 'body-match', key: 'TraceId', value: /<\/RequestId>\s*<TraceId>/, weight: 0.85, own: true },
    ],
  },
  {
    id: 'tigris',
    name: 'Tigris (object storage)',
    kind: 'store',
    parent: 'aws-s3',
    markers: [
      // Its S3 API signs its answers "Server: Tigris OS" (a live stream's segment upload refused,
      // https://github.com/algora-io/tv/issues/131).
      { on: 'header', key: 'server', value: /^Tigris OS$/i, weight: 0.95, own: true },
    ],
  },
  {
    id: 'firebase-storage',
    name: 'Firebase Storage',
    kind: 'store',
    markers: [
      // Its download host, firebasestorage.googleapis.com/v0/b/<bucket>/o/<object>?alt=media, refusing a segment asked
      // without its token, {"error": {"code": 403, "message": "Permission denied."}}
      // (https://github.com/syonip/flutter_fbstorage_video_upload/issues/12).
      { on: 'host', key: 'firebasestorage.googleapis.com', weight: 0.9 },
    ],
  },
  {
    id: 'scaleway-object-storage',
    name: 'Scaleway Object Storage',
    kind: 'store',
    markers: [
      // Its S3 endpoints, <bucket>.s3.<region>.scw.cloud (Scaleway's Terraform provider's recorded 403,
      // scaleway/terraform-provider-scaleway@b2d45ed4bd720e127167f80f1e0b86c7833577e6:
      // internal/services/object/testdata/
      // data-source-object-bucket-project-id-allowed.cassette.yaml).
      {
        on: 'url',
        key: 's3 endpoint',
        value: /^https?:\/\/(?:[^/?#]+\.)?s3\.[a-z0-9-]+\.scw\.cloud[:/?]/i,
        weight: 0.9,
      },
    ],
  },
  {
    id: 'uploadcare',
    name: 'Uploadcare (file uploads and CDN)',
    kind: 'cdn',
    markers: [
      // Its CDN signs "Server: Uploadcare" on ucarecdn.com (pyuploadcare's recorded 400 for a crop of a file that is not an
      // image, uploadcare/pyuploadcare@d8e9dc07e0975ec156e74c1b723ad8ee5caab287:
      // tests/functional/cassettes/test_acl_token_uuid_with_transformations.yaml);
      // its upload API answers on upload.uploadcare.com (uploadcare-ruby's recorded 403, "pub_key is required.").
      { on: 'header', key: 'server', value: /^Uploadcare$/i, weight: 0.9, own: true },
      { on: 'host', key: 'ucarecdn.com', weight: 0.85 },
      { on: 'host', key: 'upload.uploadcare.com', weight: 0.85, own: true },
    ],
  },
  {
    id: 'ibm-cos',
    name: 'IBM Cloud Object Storage',
    kind: 'store',
    markers: [
      // Its S3-style XML error adds <httpStatusCode> inside <Error>, which S3 itself does not
      // (https://github.com/ibm-cloud-docs/cloud-object-storage/issues/83).
      { on: 'body', key: '<httpStatusCode>', weight: 0.8, own: true },
    ],
    codes: [{ from: 'body', pattern: /<Code>(\w+)<\/Code>/, keys: codeKeys('ibm-cos-denied:AccessDenied') }],
  },
  {
    id: 'cloudinary',
    name: 'Cloudinary',
    kind: 'cdn',
    markers: [
      // Server: cloudinary and the X-Cld-Error reason header (https://github.com/Ekultek/WhatWaf/issues/149;
      // https://cloudinary.com/documentation/image_transformations#error_handling).
      { on: 'header', key: 'server', value: /^cloudinary$/i, weight: 0.95 },
      { on: 'header', key: 'x-cld-error', weight: 0.95, own: true },
    ],
  },
];
