import { codeKeys, type VendorRow } from '../schema.ts';

// https://docs.aws.amazon.com/AmazonS3/latest/API/ErrorResponses.html#ErrorCodeList, by meaning.
const S3_CODES = codeKeys(
  'aws-s3-denied:AccessDenied|aws-s3-credentials:InvalidAccessKeyId|' +
    'aws-s3-signed:SignatureDoesNotMatch ExpiredToken InvalidToken|aws-s3-clock:RequestTimeTooSkewed|' +
    'aws-s3-missing:NoSuchKey NoSuchBucket|aws-s3-disabled:AllAccessDisabled AccountProblem',
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
  {
    id: 'aws-s3',
    name: 'Amazon S3',
    kind: 'store',
    markers: [
      // Server: AmazonS3 with x-amz-request-id / x-amz-id-2 (curl -I in https://github.com/red-4/curious-moon/issues/36;
      // https://docs.aws.amazon.com/AmazonS3/latest/API/RESTCommonResponseHeaders.html).
      { on: 'header', key: 'server', value: /^AmazonS3$/i, weight: 0.95, own: true },
      { on: 'header', key: 'x-amz-id-2', weight: 0.8 },
      // S3's error surfaced as headers when CloudFront fetched it (https://github.com/Pirate-Weather/pirateweather/issues/58).
      { on: 'header', key: 'x-amz-error-code', weight: 0.9, own: true },
      // The XML error ends with <RequestId> and <HostId> (https://docs.aws.amazon.com/AmazonS3/latest/API/ErrorResponses.html;
      // https://github.com/kr/s3/issues/22, https://github.com/aws/aws-sdk-js/issues/3493). Cloud Storage has no HostId.
      { on: 'body-match', key: 'HostId', value: /<\/RequestId>\s*<HostId>/, weight: 0.85, own: true },
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
      { on: 'body', key: 'does not have storage.objects.', weight: 0.9, own: true },
      { on: 'body', key: 'Anonymous caller does not have', weight: 0.85, own: true },
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
