/** The package descriptors: SCORM 1.2 and 2004 4th edition imsmanifest.xml, cmi5 cmi5.xml. */

const esc = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function scorm12Manifest({ identifier, title, files, launchData }) {
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${esc(identifier)}" version="1.0"
  xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
  </metadata>
  <organizations default="org-1">
    <organization identifier="org-1">
      <title>${esc(title)}</title>
      <item identifier="item-1" identifierref="sco-1" isvisible="true">
        <title>${esc(title)}</title>${launchData ? `\n        <adlcp:datafromlms>${esc(launchData)}</adlcp:datafromlms>` : ''}
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="sco-1" type="webcontent" adlcp:scormtype="sco" href="index.html">
${files.map((f) => `      <file href="${esc(f)}"/>`).join('\n')}
    </resource>
  </resources>
</manifest>
`;
}

export function scorm2004Manifest({ identifier, title, files, launchData }) {
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${esc(identifier)}" version="1"
  xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3"
  xmlns:adlseq="http://www.adlnet.org/xsd/adlseq_v1p3"
  xmlns:adlnav="http://www.adlnet.org/xsd/adlnav_v1p3"
  xmlns:imsss="http://www.imsglobal.org/xsd/imsss"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsglobal.org/xsd/imscp_v1p1 imscp_v1p1.xsd http://www.adlnet.org/xsd/adlcp_v1p3 adlcp_v1p3.xsd http://www.adlnet.org/xsd/adlseq_v1p3 adlseq_v1p3.xsd http://www.adlnet.org/xsd/adlnav_v1p3 adlnav_v1p3.xsd http://www.imsglobal.org/xsd/imsss imsss_v1p0.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>2004 4th Edition</schemaversion>
  </metadata>
  <organizations default="org-1">
    <organization identifier="org-1">
      <title>${esc(title)}</title>
      <item identifier="item-1" identifierref="sco-1" isvisible="true">
        <title>${esc(title)}</title>${launchData ? `\n        <adlcp:dataFromLMS>${esc(launchData)}</adlcp:dataFromLMS>` : ''}
        <imsss:sequencing>
          <imsss:deliveryControls completionSetByContent="true" objectiveSetByContent="true"/>
        </imsss:sequencing>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="sco-1" type="webcontent" adlcp:scormType="sco" href="index.html">
${files.map((f) => `      <file href="${esc(f)}"/>`).join('\n')}
    </resource>
  </resources>
</manifest>
`;
}

export function cmi5Course({ identifier, title, description, launchData, moveOn = 'Completed' }) {
  const base = `https://pm-widgets.dev/lms/${encodeURIComponent(identifier)}`;
  return `<?xml version="1.0" encoding="UTF-8"?>
<courseStructure xmlns="https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd">
  <course id="${esc(base)}">
    <title><langstring lang="en-US">${esc(title)}</langstring></title>
    <description><langstring lang="en-US">${esc(description)}</langstring></description>
  </course>
  <au id="${esc(`${base}/au`)}" moveOn="${esc(moveOn)}" launchMethod="AnyWindow">
    <title><langstring lang="en-US">${esc(title)}</langstring></title>
    <description><langstring lang="en-US">${esc(description)}</langstring></description>
    <url>index.html</url>${launchData ? `\n    <launchParameters>${esc(launchData)}</launchParameters>` : ''}
  </au>
</courseStructure>
`;
}
